/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// The zone overview of a big model, bundled flows and the filter to one critical service: the toolbar's controls
// and the double-clicks that open and close zones and bundles. The server decides what is shown; the page only
// asks (the actions below, docs/diagrams.md) and draws what comes back (views.tsx).
import { Action, EditorContextService, GLSPActionDispatcher, GModelElement, GModelRoot, IActionDispatcher, MouseListener, TYPES } from '@eclipse-glsp/client';
import { Container, inject, injectable } from 'inversify';
import { argOf, FLOW_BUNDLE, isTrue, ZONE, ZoneNode } from './model';
import { t } from './texts';

export interface ToggleZoneAction extends Action {
    kind: 'torideToggleZone';
    zoneId: string;
    expand: boolean;
}

export interface OverviewAction extends Action {
    kind: 'torideOverview';
    overview: boolean;
}

export interface ToggleBundleAction extends Action {
    kind: 'torideToggleBundle';
    bundleId: string;
    expand: boolean;
}

/** serviceId absent: every service. */
export interface FilterServiceAction extends Action {
    kind: 'torideFilterService';
    serviceId?: string;
}

type ViewAction = ToggleZoneAction | OverviewAction | ToggleBundleAction | FilterServiceAction;

/** Bundles this page opened, so that "Bundle flows" can close them again (the flows do not say their bundle). */
const expandedBundles = new Set<string>();

/**
 * Sends an action to the server. A server that does not know it (one from before the overview) leaves it without
 * a handler: that is logged, not thrown at the page.
 */
function send(dispatcher: IActionDispatcher, action: ViewAction): void {
    dispatcher.dispatch(action).catch(e => console.warn(`toride: ${action.kind} not handled`, e));
}

/** A flow bundle from a double-click target: the edge itself or its caption. */
function bundleOf(target: GModelElement): GModelElement | undefined {
    if (target.type === FLOW_BUNDLE) {
        return target;
    }
    const parent = (target as { parent?: GModelElement }).parent;
    return parent?.type === FLOW_BUNDLE ? parent : undefined;
}

/**
 * Double-click on the body of a zone of the overview opens (or closes) it; on a flow bundle shows its flows; on a
 * flow that names its bundle (args bundle) bundles them again. A double-click on a name still renames it.
 */
@injectable()
export class OverviewMouseListener extends MouseListener {
    @inject(TYPES.IActionDispatcher) protected dispatcher!: IActionDispatcher;

    override doubleClick(target: GModelElement, _event: MouseEvent): Action[] {
        if (target.type === ZONE && target instanceof ZoneNode && target.collapsible) {
            send(this.dispatcher, { kind: 'torideToggleZone', zoneId: target.id, expand: target.collapsed });
            return [];
        }
        const bundle = bundleOf(target);
        if (bundle) {
            expandedBundles.add(bundle.id);
            send(this.dispatcher, { kind: 'torideToggleBundle', bundleId: bundle.id, expand: true });
            return [];
        }
        const ofBundle = argOf(target, 'bundle');
        if (ofBundle) {
            expandedBundles.delete(ofBundle);
            send(this.dispatcher, { kind: 'torideToggleBundle', bundleId: ofBundle, expand: false });
        }
        return [];
    }
}

/** The services of the data-flow view (root args services, JSON text), [] when absent or unreadable. */
export function servicesOf(root: GModelRoot): { id: string; name: string }[] {
    const text = argOf(root, 'services');
    if (!text) {
        return [];
    }
    try {
        const list: unknown = JSON.parse(text);
        return Array.isArray(list)
            ? list
                  .filter(s => s && typeof s.id === 'string')
                  .map(s => ({ id: String(s.id), name: typeof s.name === 'string' && s.name ? s.name : String(s.id) }))
            : [];
    } catch {
        console.warn('toride: the graph\'s "services" is not JSON', text);
        return [];
    }
}

/**
 * The toolbar's view controls, drawn again with every model: Overview/Detail when the server offers an overview
 * (root args overview), the service filter when it lists services, "Bundle flows" while bundles are open.
 */
export function installViewControls(container: Container): void {
    const editorContext = container.get(EditorContextService);
    const dispatcher = container.get(GLSPActionDispatcher);
    const host = document.getElementById('toride-view-controls');
    if (!host) {
        return;
    }
    const render = (root: Readonly<GModelRoot>): void => {
        const controls: HTMLElement[] = [];
        if (argOf(root as GModelRoot, 'overview') !== '') {
            const overview = isTrue(root as GModelRoot, 'overview');
            // the button names the mode it switches to
            const button = textButton('toride-tool-overview', overview ? 'overview.detail' : 'overview.show', overview ? 'overview.detailTitle' : 'overview.showTitle');
            button.addEventListener('click', () => send(dispatcher, { kind: 'torideOverview', overview: !overview }));
            controls.push(button);
        }
        const services = servicesOf(root as GModelRoot);
        if (services.length) {
            const label = document.createElement('label');
            label.htmlFor = 'toride-service-filter';
            label.textContent = t('service.label');
            const select = document.createElement('select');
            select.id = 'toride-service-filter';
            select.title = t('service.title');
            select.add(new Option(t('service.all'), ''));
            for (const service of services) {
                select.add(new Option(service.name, service.id));
            }
            select.value = argOf(root as GModelRoot, 'service');
            select.addEventListener('change', () =>
                send(dispatcher, select.value ? { kind: 'torideFilterService', serviceId: select.value } : { kind: 'torideFilterService' })
            );
            controls.push(label, select);
        }
        // bundles opened here that the new model no longer draws as one edge
        const open = [...expandedBundles].filter(id => !root.index.getById(id));
        if (open.length) {
            const button = textButton('toride-tool-bundle', 'bundle.collapse', 'bundle.collapseTitle');
            button.addEventListener('click', () => {
                for (const id of open) {
                    expandedBundles.delete(id);
                    send(dispatcher, { kind: 'torideToggleBundle', bundleId: id, expand: false });
                }
            });
            controls.push(button);
        }
        host.replaceChildren(...controls);
    };
    editorContext.onModelRootChanged(render);
}

function textButton(id: string, text: Parameters<typeof t>[0], title: Parameters<typeof t>[0]): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = id;
    button.textContent = t(text);
    button.title = t(title);
    return button;
}
