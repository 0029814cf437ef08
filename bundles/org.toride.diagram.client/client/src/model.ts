/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Client-side classes of the GModel types in docs/diagrams.md.
import {
    Args,
    EdgePlacement,
    GChildElement,
    GLabel,
    GModelElement,
    GNode,
    ArgsAware,
    argsFeature,
    editLabelFeature,
    isEditableLabel,
    WithEditableLabel,
    withEditLabelFeature
} from '@eclipse-glsp/client';

export const ZONE = 'node:zone';
export const ASSET = 'node:asset';
export const CONDUIT = 'edge:conduit';
export const FLOW = 'edge:flow';
/** Flows between the same two zones drawn as one edge (args count, data; see docs/diagrams.md). */
export const FLOW_BUNDLE = 'edge:flowbundle';
export const NAME_LABEL = 'label:name';
export const EDGE_LABEL = 'label:edge';

/** Height of a zone's header band (name, kind, SL-T); children are expected below it. */
export const ZONE_HEADER = 26;

abstract class NamedNode extends GNode implements ArgsAware, WithEditableLabel {
    static override readonly DEFAULT_FEATURES = [...GNode.DEFAULT_FEATURES, argsFeature, withEditLabelFeature];
    args?: Args;

    get editableLabel(): (GChildElement & { text: string }) | undefined {
        const label = this.children.find(c => c.type === NAME_LABEL);
        return label && isEditableLabel(label) ? label : undefined;
    }

    get name(): string {
        const label = this.children.find(c => c.type === NAME_LABEL);
        return label instanceof GLabel ? label.text : this.id;
    }

    arg(key: string): string {
        const v = this.args?.[key];
        return v === undefined || v === null ? '' : String(v);
    }
}

export class ZoneNode extends NamedNode {
    /** Whether the zone is shown in the zone overview (args collapsed); false when expanded there. */
    get collapsible(): boolean {
        return this.arg('collapsed') !== '';
    }

    get collapsed(): boolean {
        return this.arg('collapsed') === 'true';
    }

    /**
     * In the overview a double-click on the zone's body opens or closes it (overview.ts), so only a double-click on
     * the name itself renames it there.
     */
    override get editableLabel(): (GChildElement & { text: string }) | undefined {
        return this.collapsible ? undefined : super.editableLabel;
    }
}

export class AssetNode extends NamedNode {
    /** EClass name of the asset: InformationSystem, ControlSystem, Device, ... */
    get kind(): string {
        return this.arg('kind');
    }
    /** Data-flow shape: process, store or external (empty in the network view). */
    get shape(): string {
        return this.arg('shape');
    }
}

export class NameLabel extends GLabel {
    static override readonly DEFAULT_FEATURES = [...GLabel.DEFAULT_FEATURES, editLabelFeature];
}

/** Caption of a conduit or flow, above the middle of the edge. */
export class EdgeLabel extends GLabel {
    edgePlacement: EdgePlacement = { position: 0.5, side: 'top', rotate: false, offset: 5 };
}

export function argOf(element: GModelElement, key: string): string {
    const args = (element as unknown as ArgsAware).args;
    const v = args?.[key];
    return v === undefined || v === null ? '' : String(v);
}

export function isTrue(element: GModelElement, key: string): boolean {
    return argOf(element, key).toLowerCase() === 'true';
}
