/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.highlighting;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.CancelIndicator;
import org.toride.requirements.requirements.Navigation;
import org.toride.requirements.requirements.Reference;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementsPackage;
import org.toride.requirements.types.Metamodel;

/**
 * Colours what the grammar cannot tell apart: metamodel features after a dot, enum literals, metamodel class names
 * and guideline ids.
 */
public class RequirementsHighlighting extends DefaultSemanticHighlightingCalculator {

    /** Style ids, named after the TextMate scopes editors already colour. */
    public static final String FEATURE = "variable.other.property";
    /** Enum literals. */
    public static final String LITERAL = "constant.language";
    /** Class names. */
    public static final String TYPE = "entity.name.type";
    /** Guideline ids and requirement ids. */
    public static final String ID = "constant.other";

    @Override
    protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        if (object instanceof Navigation navigation && !navigation.isCall()) {
            mark(object, RequirementsPackage.Literals.NAVIGATION__FEATURE, FEATURE, acceptor);
        } else if (object instanceof Reference reference) {
            String name = reference.getName();
            if (Metamodel.eClass(name) != null || Metamodel.eEnum(name) != null) {
                mark(object, RequirementsPackage.Literals.REFERENCE__NAME, TYPE, acceptor);
            } else if (name != null && !Metamodel.enumsWithLiteral(name).isEmpty()) {
                mark(object, RequirementsPackage.Literals.REFERENCE__NAME, LITERAL, acceptor);
            }
        } else if (object instanceof Requirement) {
            mark(object, RequirementsPackage.Literals.REQUIREMENT__TYPE, TYPE, acceptor);
            mark(object, RequirementsPackage.Literals.REQUIREMENT__NAME, ID, acceptor);
            mark(object, RequirementsPackage.Literals.REQUIREMENT__GUIDELINES, ID, acceptor);
        }
        return false;
    }

    private static void mark(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature, String style,
            IHighlightedPositionAcceptor acceptor) {
        for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
            acceptor.addPosition(node.getOffset(), node.getLength(), style);
        }
    }
}
