/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.requirements;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.toride.model.DataFlow;
import org.toride.model.SecurityModel;
import org.toride.model.TorideFactory;
import org.toride.requirements.engine.CheckResult;

/**
 * The example changed so that findings are resolved and new: the branch flow encrypted (its CRY-01 finding gone),
 * a new unencrypted flow of the same customer data (a new CRY-01 finding), and the one asset without a manager
 * given one (the inventory item met).
 */
public final class ChangedExample {

    private ChangedExample() {
    }

    /** The example, and the example changed as above. */
    public static CheckResult[] checks() {
        SecurityModel base = Fixtures.model(Fixtures.root().resolve("examples/water-utility.toride"));
        SecurityModel next = changed(EcoreUtil.copy(base));
        var requirements = Fixtures.LANGUAGE.loader().load(List.of());
        return new CheckResult[] { Fixtures.LANGUAGE.engine().check(base, requirements, null, Fixtures.TODAY),
                Fixtures.LANGUAGE.engine().check(next, requirements, null, Fixtures.TODAY) };
    }

    /** The change: one finding resolved, one new. */
    public static SecurityModel changed(SecurityModel model) {
        for (org.toride.model.Asset asset : model.getAssets()) {
            if (asset.getId().equals("ot-rtu-kita")) {
                asset.setManager(model.getPersons().get(0));
            }
        }
        for (DataFlow flow : model.getFlows()) {
            if (flow.getId().equals("flow-branch-billing")) {
                flow.setEncrypted(true);
                DataFlow copy = TorideFactory.eINSTANCE.createDataFlow();
                copy.setId("flow-branch-export");
                copy.setName("Billing export to the branch");
                copy.setSource(flow.getSource());
                copy.setTarget(flow.getTarget());
                copy.getData().addAll(flow.getData());
                copy.getConduits().addAll(flow.getConduits());
                copy.setChannel(flow.getChannel());
                copy.setEncrypted(false); // stated: an unstated one would be asked about (FACT-02), not reported
                model.getFlows().add(copy);
                return model;
            }
        }
        throw new AssertionError("the example has no flow-branch-billing");
    }

}
