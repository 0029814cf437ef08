/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements.ide.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.toride.requirements.requirements.ChangeSeverity;
import org.toride.requirements.requirements.Disable;
import org.toride.requirements.requirements.Document;
import org.toride.requirements.requirements.Parameter;
import org.toride.requirements.requirements.Profile;
import org.toride.requirements.requirements.Requirement;
import org.toride.requirements.requirements.RequirementSet;
import org.toride.requirements.requirements.RequirementsPackage.Literals;
import org.toride.requirements.requirements.SetParameter;
import org.toride.requirements.requirements.Tailoring;
import org.toride.requirements.requirements.Waiver;

/** The declarations of a requirement file as a tree: sets with their parameters and requirements, profiles, waivers. */
public final class RequirementsOutline {

    private RequirementsOutline() {
    }

    /** The outline of a parsed resource; parts the parser could not read are left out. */
    public static List<OutlineNode> of(XtextResource resource) {
        List<OutlineNode> result = new ArrayList<>();
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Document document)) {
            return result;
        }
        for (EObject element : document.getElements()) {
            if (element instanceof RequirementSet set) {
                List<OutlineNode> children = new ArrayList<>();
                for (EObject member : set.eContents()) {
                    if (member instanceof Parameter parameter) {
                        add(children, node(OutlineNode.PARAMETER, parameter.getName(), parameter, Literals.PARAMETER__NAME, List.of()));
                    } else if (member instanceof Requirement requirement) {
                        String label = requirement.getTitle() == null ? requirement.getName()
                                : requirement.getName() + ": " + requirement.getTitle();
                        add(children, node(OutlineNode.REQUIREMENT, label, requirement, Literals.REQUIREMENT__NAME, List.of()));
                    }
                }
                add(result, node(OutlineNode.SET, set.getName(), set, Literals.REQUIREMENT_SET__NAME, children));
            } else if (element instanceof Profile profile) {
                List<OutlineNode> children = new ArrayList<>();
                for (Tailoring tailoring : profile.getTailorings()) {
                    add(children, node(OutlineNode.TAILORING, tailoringLabel(tailoring), tailoring, null, List.of()));
                }
                add(result, node(OutlineNode.PROFILE, profile.getName(), profile, Literals.PROFILE__NAME, children));
            } else if (element instanceof Waiver waiver) {
                add(result, node(OutlineNode.WAIVER, "waiver " + text(waiver, Literals.WAIVER__REQUIREMENT) + " on "
                        + waiver.getElement(), waiver, Literals.WAIVER__REQUIREMENT, List.of()));
            }
        }
        return result;
    }

    private static String tailoringLabel(Tailoring tailoring) {
        if (tailoring instanceof Disable disable) {
            return "disable " + text(disable, Literals.DISABLE__REQUIREMENT);
        }
        if (tailoring instanceof SetParameter set) {
            return "set " + text(set, Literals.SET_PARAMETER__PARAMETER);
        }
        if (tailoring instanceof ChangeSeverity change) {
            return "severity " + text(change, Literals.CHANGE_SEVERITY__REQUIREMENT) + " " + change.getSeverity();
        }
        return String.valueOf(tailoring);
    }

    /** The source text of a feature (a cross-reference as written, without resolving it). */
    private static String text(EObject object, EStructuralFeature feature) {
        List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
        return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
    }

    private static OutlineNode node(String kind, String label, EObject object, EStructuralFeature name,
            List<OutlineNode> children) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        if (node == null || label == null) {
            return null;
        }
        INode nameNode = name == null ? null
                : NodeModelUtils.findNodesForFeature(object, name).stream().findFirst().orElse(null);
        INode reveal = nameNode == null ? node : nameNode;
        return new OutlineNode(kind, label, node.getOffset(), node.getLength(), reveal.getOffset(), reveal.getLength(),
                List.copyOf(children));
    }

    private static void add(List<OutlineNode> nodes, OutlineNode node) {
        if (node != null) {
            nodes.add(node);
        }
    }
}
