/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.contentassist;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.toride.requirements.lang.Builtin;
import org.toride.requirements.lang.CollectionOperation;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.guideline.GuidelineItem;
import org.toride.requirements.ide.ExpressionScope;
import org.toride.requirements.requirements.Expression;
import org.toride.requirements.requirements.Navigation;
import org.toride.requirements.requirements.RequirementsPackage;
import org.toride.requirements.types.Metamodel;
import org.toride.requirements.types.Type;
import org.toride.requirements.types.TypeComputer;

import com.google.inject.Inject;

/**
 * Proposes what fits where the cursor is: after a dot, the features of the receiver's metamodel class (or the
 * collection operations, or an enumeration's literals); after {@code guideline}, the catalogue's item ids; after
 * {@code for each x :}, the metamodel classes; in an expression, variables and functions.
 */
public class RequirementsProposalProvider extends IdeContentProposalProvider {

    @Inject
    private GuidelineCatalogue catalogue;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        switch (assignment.getFeature()) {
            case "feature" -> navigationProposals(context, acceptor);
            case "guidelines" -> guidelineProposals(context, acceptor);
            case "type" -> classProposals(context, acceptor);
            case "name" -> {
                if ("Primary".equals(GrammarUtil.containingParserRule(assignment).getName())) {
                    expressionProposals(context, acceptor);
                } else {
                    super._createProposals(assignment, context, acceptor);
                }
            }
            default -> super._createProposals(assignment, context, acceptor);
        }
    }

    private void navigationProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        Expression receiver = receiverAt(context);
        if (receiver == null) {
            return;
        }
        TypeComputer types = ExpressionScope.typeComputer(receiver);
        Type type = types.typeOf(receiver, ExpressionScope.variables(receiver));
        if (type instanceof Type.EnumLiteralHolderType holder) {
            for (EEnumLiteral literal : holder.eEnum().getELiterals()) {
                accept(literal.getName(), holder.eEnum().getName(), EcoreUtil.getDocumentation(literal), "EnumMember",
                        context, acceptor);
            }
            return;
        }
        boolean many = type instanceof Type.CollectionType;
        for (CollectionOperation operation : CollectionOperation.values()) {
            if (many || type instanceof Type.ObjectType && operation.acceptsSingleElement()) {
                accept(operation.operationName(), "operation", operation.documentation(), "Method", context, acceptor);
            }
        }
        Type element = many ? ((Type.CollectionType) type).element() : type;
        if (element instanceof Type.ObjectType object) {
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                accept(feature.getName(), Metamodel.typeOf(feature).describe(), EcoreUtil.getDocumentation(feature),
                        "Property", context, acceptor);
            }
        }
    }

    /**
     * The expression left of the dot being completed. For {@code a.b.|} the parser hands over {@code a.b}; for
     * {@code a.|b} (completing over an existing name) it hands over the navigation to {@code b}, whose receiver
     * is meant.
     */
    private static Expression receiverAt(ContentAssistContext context) {
        EObject model = context.getCurrentModel();
        if (model instanceof Navigation navigation) {
            if (navigation.getFeature() == null) {
                return navigation.getReceiver();
            }
            for (INode node : NodeModelUtils.findNodesForFeature(navigation, RequirementsPackage.Literals.NAVIGATION__FEATURE)) {
                if (context.getOffset() <= node.getOffset() + node.getLength()) {
                    return navigation.getReceiver();
                }
            }
        }
        return model instanceof Expression expression ? expression : null;
    }

    private void guidelineProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (GuidelineItem item : catalogue.items()) {
            accept(item.id(), item.reference(), item.summary(), "Reference", context, acceptor);
        }
    }

    private void classProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (String name : Metamodel.classNames()) {
            EClass eClass = Metamodel.eClass(name);
            accept(name, "class", EcoreUtil.getDocumentation(eClass), "Class", context, acceptor);
        }
    }

    private void expressionProposals(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        EObject model = context.getCurrentModel();
        ExpressionScope.variables(model).forEach((name, type) -> accept(name, type.describe(), null, "Variable", context,
                acceptor));
        for (Builtin builtin : Builtin.values()) {
            accept(builtin.functionName(), "function", builtin.documentation(), "Function", context, acceptor);
        }
        for (EEnum eEnum : Metamodel.enums()) {
            accept(eEnum.getName(), "enumeration", EcoreUtil.getDocumentation(eEnum), "Enum", context, acceptor);
        }
    }

    private void accept(String proposal, String detail, String documentation, String kind, ContentAssistContext context,
            IIdeContentProposalAcceptor acceptor) {
        ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, e -> {
            e.setDescription(detail);
            e.setDocumentation(documentation);
            e.setKind(kind);
        });
        if (entry != null) {
            acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
        }
    }
}
