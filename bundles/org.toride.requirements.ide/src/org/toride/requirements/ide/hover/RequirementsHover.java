/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.hover;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.toride.requirements.lang.BinaryOperator;
import org.toride.requirements.lang.Builtin;
import org.toride.requirements.lang.CollectionOperation;
import org.toride.requirements.lang.UnaryOperator;
import org.toride.requirements.requirements.Binary;
import org.toride.requirements.requirements.Not;
import org.toride.requirements.guideline.GuidelineCatalogue;
import org.toride.requirements.guideline.GuidelineItem;
import org.toride.requirements.ide.ExpressionScope;
import org.toride.requirements.requirements.Call;
import org.toride.requirements.requirements.Navigation;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.types.Metamodel;
import org.toride.requirements.types.Type;

import com.google.inject.Inject;

/**
 * Hover text from the metamodel's own documentation: the feature under the cursor with its type, the class after
 * {@code for each}, the function called, or the guideline item named.
 */
public class RequirementsHover extends HoverService {

    @Inject
    private GuidelineCatalogue catalogue;

    @Override
    protected Hover hover(HoverContext context) {
        String text = describe(context.getResource().getParseResult().getRootNode(), context.getOffset(),
                context.getElement());
        if (text == null) {
            return super.hover(context);
        }
        Hover hover = new Hover(new MarkupContent(MarkupKind.MARKDOWN, text));
        return hover;
    }

    private String describe(INode root, int offset, EObject element) {
        INode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
        String word = leaf == null ? "" : leaf.getText().trim();
        if (element instanceof Navigation navigation && word.equals(navigation.getFeature()) && navigation.isCall()) {
            CollectionOperation operation = CollectionOperation.named(word);
            return operation == null ? null : "**" + operation.operationName() + "** (operation)\n\n"
                    + operation.documentation();
        }
        if (element instanceof Binary binary && word.equals(binary.getOp())) {
            BinaryOperator operator = BinaryOperator.of(word);
            return operator == null ? null : "**" + operator.symbol() + "** (operator)\n\n" + operator.documentation();
        }
        if (element instanceof Not && word.equals(UnaryOperator.NOT.symbol())) {
            return "**not** (operator)\n\n" + UnaryOperator.NOT.documentation();
        }
        if (element instanceof Navigation navigation && word.equals(navigation.getFeature()) && !navigation.isCall()) {
            Type receiver = ExpressionScope.typeComputer(navigation).typeOf(navigation.getReceiver(),
                    ExpressionScope.variables(navigation));
            if (receiver instanceof Type.CollectionType collection) {
                receiver = collection.element();
            }
            if (receiver instanceof Type.ObjectType object) {
                EStructuralFeature feature = Metamodel.feature(object.eClass(), word);
                if (feature != null) {
                    return "**" + feature.getEContainingClass().getName() + "." + feature.getName() + "** : "
                            + Metamodel.typeOf(feature).describe() + "\n\n" + orEmpty(EcoreUtil.getDocumentation(feature));
                }
            }
        }
        if (element instanceof Call call && word.equals(call.getFunction())) {
            Builtin builtin = Builtin.named(word);
            return builtin == null ? null : "**" + builtin.functionName() + "**\n\n" + builtin.documentation();
        }
        if (element instanceof Requirement) {
            GuidelineItem item = catalogue.item(word);
            if (item != null) {
                return "**" + item.id() + "** " + item.reference() + "\n\n" + item.summary() + "\n\nCheck: " + item.check();
            }
            EClass eClass = Metamodel.eClass(word);
            if (eClass != null) {
                return "**" + eClass.getName() + "**\n\n" + orEmpty(EcoreUtil.getDocumentation(eClass));
            }
        }
        return null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
