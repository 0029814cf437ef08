/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.core.ids;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.model.ModelElement;

/**
 * Gives every element an id. {@link #assignMissing} fills gaps in a whole model (after loading, before saving);
 * {@link #watch} does it for elements added later, so that editors and importers never create id-less elements.
 */
public final class IdAssigner {

    private final IdGenerator generator;

    /** An assigner using a secure random generator. */
    public IdAssigner() {
        this(new IdGenerator());
    }

    /** An assigner using {@code generator}. */
    public IdAssigner(IdGenerator generator) {
        this.generator = generator;
    }

    /** Assigns ids to {@code root} and the elements under it that have none; returns the elements changed. */
    public List<ModelElement> assignMissing(EObject root) {
        Set<String> taken = new HashSet<>();
        List<ModelElement> all = new ArrayList<>();
        collect(root, all);
        for (ModelElement element : all) {
            if (hasId(element)) {
                taken.add(element.getId());
            }
        }
        List<ModelElement> changed = new ArrayList<>();
        for (ModelElement element : all) {
            if (!hasId(element)) {
                String id = generator.next(element.eClass(), taken::contains);
                taken.add(id);
                element.setId(id);
                changed.add(element);
            }
        }
        return changed;
    }

    /** From now on, elements added anywhere under {@code root} get an id if they have none. */
    public void watch(EObject root) {
        root.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (notification.getFeature() instanceof EReference reference && reference.isContainment()) {
                    switch (notification.getEventType()) {
                        case Notification.ADD, Notification.SET -> assignAdded(notification.getNewValue());
                        case Notification.ADD_MANY -> ((List<?>) notification.getNewValue()).forEach(this::assignAdded);
                        default -> { }
                    }
                }
            }

            private void assignAdded(Object added) {
                if (added instanceof EObject object) {
                    EObject top = EcoreUtil.getRootContainer(object);
                    List<ModelElement> fresh = new ArrayList<>();
                    collect(object, fresh);
                    for (ModelElement element : fresh) {
                        if (!hasId(element)) {
                            element.setId(generator.next(element.eClass(), id -> isTaken(top, id)));
                        }
                    }
                }
            }
        });
    }

    private static boolean isTaken(EObject root, String id) {
        if (root.eResource() != null) {
            return root.eResource().getEObject(id) != null;
        }
        List<ModelElement> all = new ArrayList<>();
        collect(root, all);
        return all.stream().anyMatch(e -> id.equals(e.getId()));
    }

    private static void collect(EObject root, List<ModelElement> into) {
        if (root instanceof ModelElement element) {
            into.add(element);
        }
        root.eAllContents().forEachRemaining(o -> {
            if (o instanceof ModelElement element) {
                into.add(element);
            }
        });
    }

    private static boolean hasId(ModelElement element) {
        return element.getId() != null && !element.getId().isBlank();
    }
}
