/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
/** @jsx svg */
import {
    GEdge,
    GEdgeView,
    GGraph,
    GGraphView,
    GModelElement,
    GNode,
    GParentElement,
    Point,
    RenderingContext,
    ShapeView,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { h, VNode } from 'snabbdom';
import { iconId, symbolMarkup } from './icons';
import { argOf, AssetNode, CONDUIT, FLOW, FLOW_BUNDLE, isTrue, NAME_LABEL, ZONE_HEADER, ZoneNode } from './model';
import { along, lastSegment, midway, roundedPath } from './routes';
import { t } from './texts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Children in paint order: nodes and labels first, edges on top of them (edges crossing zones stay visible), and the
 * edges of what is selected last of all, so a selected node's own edges are never hidden under the others.
 */
function renderInPaintOrder(parent: Readonly<GParentElement>, context: RenderingContext, skip?: (c: GModelElement) => boolean): VNode[] {
    const nodes: VNode[] = [];
    const edges: VNode[] = [];
    const selectedEdges: VNode[] = [];
    for (const child of parent.children) {
        if (skip?.(child)) {
            continue;
        }
        const vnode = context.renderElement(child);
        if (!vnode) {
            continue;
        }
        if (child instanceof GEdge) {
            (child.selected || withinSelection(child.source) || withinSelection(child.target) ? selectedEdges : edges).push(vnode);
        } else {
            nodes.push(vnode);
        }
    }
    return [...nodes, ...edges, ...selectedEdges];
}

/** Places a rendered child (the name label) at x, y of its parent, whatever position the server gave it. */
function placeAt(vnode: VNode | undefined, x: number, y: number): VNode | undefined {
    if (vnode) {
        vnode.data = vnode.data ?? {};
        vnode.data.attrs = { ...(vnode.data.attrs ?? {}), transform: `translate(${x}, ${y})` };
    }
    return vnode;
}

/** Whether the element or a zone around it is selected: selecting a zone brings out the edges of what it holds. */
function withinSelection(element: GModelElement | undefined): boolean {
    for (let e: GModelElement | undefined = element; e && !(e instanceof GGraph); e = (e as { parent?: GModelElement }).parent) {
        if ((e as { selected?: boolean }).selected) {
            return true;
        }
    }
    return false;
}

/** args count of an aggregated conduit or a flow bundle: how many it stands for (1 for a plain edge). */
function count(edge: GEdge): number {
    return Math.max(1, Math.floor(Number(argOf(edge, 'count')) || 1));
}

function lower(value: string): string {
    return value.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

/** The graph: icon symbols and arrow heads in its own <defs>, so an exported SVG is self-contained. */
@injectable()
export class TorideGraphView extends GGraphView {
    override render(model: Readonly<GGraph>, context: RenderingContext): VNode {
        const transform = `scale(${model.zoom}) translate(${-model.scroll.x},${-model.scroll.y})`;
        const defs = h('defs', {
            ns: SVG_NS,
            hook: {
                insert: vnode => {
                    (vnode.elm as Element).innerHTML = symbolMarkup();
                }
            }
        });
        // One walk over the model per render: whether a node is selected, and what the view holds.
        let focus = false;
        let assets = 0;
        let zones = 0;
        let closed = 0;
        model.index.all().forEach(e => {
            focus ||= e instanceof GNode && e.selected;
            assets += e instanceof AssetNode ? 1 : 0;
            zones += e instanceof ZoneNode ? 1 : 0;
            closed += e instanceof ZoneNode && e.collapsed ? 1 : 0;
        });
        // With a node selected, the edges that do not touch it step back (tk-focus): a hub's flows stand out.
        const graph = h('svg', { ns: SVG_NS, class: { 'sprotty-graph': true, 'toride-graph': true, 'tk-focus': focus } }, [
            defs,
            h('g', { ns: SVG_NS, attrs: { transform } }, renderInPaintOrder(model, context)),
            // the zone overview draws no assets because its zones are closed, not because there are none
            ...(assets === 0 && closed === 0 ? this.emptyHint(model, zones) : [])
        ]);
        graph.data!.style = { ...this.getGridStyle(model, context) };
        return graph;
    }

    /**
     * A view with no asset in it says what to do first, in the middle of the page: a blank canvas told a new user
     * nothing, and the data-flow view shows assets only once they have a flow.
     */
    protected emptyHint(model: Readonly<GGraph>, zones: number): VNode[] {
        const key = model.id === 'toride-dataflow' ? 'empty.dataflow' : zones > 0 ? 'empty.networkAssets' : 'empty.network';
        const lines = t(key).split('\n');
        const tspans = lines.map((line, i) => h('tspan', { ns: SVG_NS, attrs: { x: '50%', dy: i === 0 ? '0' : '1.5em' } }, line));
        // below the zones when some are drawn, in the middle of a blank page otherwise
        const y = zones > 0 ? '85%' : '45%';
        return [h('text', { ns: SVG_NS, class: { 'toride-empty-hint': true }, attrs: { x: '50%', y, 'text-anchor': 'middle' } }, tspans)];
    }
}

/** A zone: a container with a header band (name, kind, SL-T), tinted by trust. */
@injectable()
export class ZoneView extends ShapeView {
    render(zone: Readonly<ZoneNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(zone, context)) {
            return undefined;
        }
        const { width, height } = zone.size;
        const trust = lower(zone.arg('trust')) || 'trusted';
        const kind = lower(zone.arg('kind')) || 'none';
        const slt = zone.arg('slt');
        // kindLabel: the kind as the server names it in the page's language (制御系)
        const meta = [zone.arg('kindLabel') || zone.arg('kind').toUpperCase(), slt !== '' ? `SL-T ${slt}` : '']
            .filter(s => s)
            .join(' · ');
        const label = zone.children.find(c => c.type === NAME_LABEL);
        const group = (
            <g class-toride-zone={true} class-selected={zone.selected} class-mouseover={zone.hoverFeedback}>
                <rect class-zone-body={true} x={0} y={0} width={Math.max(width, 0)} height={Math.max(height, 0)} rx={8} ry={8} />
                <path class-zone-header={true} d={headerPath(Math.max(width, 0), ZONE_HEADER, 8)} />
                <line class-zone-header-rule={true} x1={0} y1={ZONE_HEADER} x2={Math.max(width, 0)} y2={ZONE_HEADER} />
                <text class-zone-meta={true} x={Math.max(width, 0) - 10} y={17}>
                    {meta}
                </text>
                {placeAt(label ? context.renderElement(label) : undefined, 10, 17)}
                {...this.renderOverview(zone)}
                {...renderInPaintOrder(zone, context, c => c === label)}
            </g>
        );
        group.data!.class = {
            ...group.data!.class,
            [`tk-trust-${trust}`]: true,
            [`tk-zone-kind-${kind}`]: true,
            'tk-collapsed': zone.collapsed
        };
        return group;
    }

    /**
     * In the zone overview: a closed zone's counts under its name and its findings as a badge; a tool tip on the
     * body says what a double-click does.
     */
    protected renderOverview(zone: Readonly<ZoneNode>): VNode[] {
        if (!zone.collapsible) {
            return [];
        }
        const width = Math.max(zone.size.width, 0);
        const extras: VNode[] = [
            <rect class-zone-hint={true} x={0} y={ZONE_HEADER} width={width} height={Math.max(zone.size.height - ZONE_HEADER, 0)}>
                <title>{t(zone.collapsed ? 'overview.expandZone' : 'overview.collapseZone')}</title>
            </rect>
        ];
        if (zone.collapsed && zone.arg('counts')) {
            extras.push(
                <text class-zone-counts={true} x={10} y={ZONE_HEADER + 18}>
                    {zone.arg('counts')}
                </text>
            );
        }
        const findings = Number(zone.arg('findings')) || 0;
        if (findings > 0 || (zone.cssClasses ?? []).includes('zone-has-findings')) {
            extras.push(
                // in the bottom-right corner, clear of the counts line (which may run the zone's whole width)
                <g class-zone-findings={true} transform={`translate(${width - 16}, ${Math.max(zone.size.height - 16, ZONE_HEADER + 14)})`}>
                    <title>{t('overview.findings', findings)}</title>
                    <circle r={10} />
                    <text y={4}>{findings > 99 ? '99+' : String(findings)}</text>
                </g>
            );
        }
        return extras;
    }
}

function headerPath(w: number, h: number, r: number): string {
    const rr = Math.min(r, w / 2, h);
    return `M0,${h} V${rr} Q0,0 ${rr},0 H${w - rr} Q${w},0 ${w},${rr} V${h} Z`;
}

/**
 * An asset: its kind's icon and its name. In the data-flow view (args.shape) a process is rounded, a data store
 * is open-ended (lines above and below only) and an external entity is a plain square-cornered box.
 */
@injectable()
export class AssetView extends ShapeView {
    render(asset: Readonly<AssetNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(asset, context)) {
            return undefined;
        }
        const w = Math.max(asset.size.width, 0);
        const h = Math.max(asset.size.height, 0);
        const shape = lower(asset.shape) || 'box';
        const kind = asset.kind;
        const label = asset.children.find(c => c.type === NAME_LABEL);
        // The server sizes an asset for its name plus 46 px (DiagramBuilder): the kind icon sits at the left, both
        // vertically centred, and the name is centred in the room right of the icon, so neither overlaps.
        const icon = h >= 36 ? 14 : 11;
        const iconX = 8;
        const nameLeft = iconX + icon + 4;
        const group = (
            <g class-toride-asset={true} class-selected={asset.selected} class-mouseover={asset.hoverFeedback}>
                {this.renderShape(shape, w, h)}
                <use class-asset-icon={true} href={`#${iconId(kind)}`} x={iconX} y={(h - icon) / 2} width={icon} height={icon} />
                {placeAt(label ? context.renderElement(label) : undefined, (nameLeft + w) / 2, h / 2 + 4)}
                {...renderInPaintOrder(asset, context, c => c === label)}
            </g>
        );
        group.data!.class = { ...group.data!.class, [`tk-kind-${lower(kind) || 'unknown'}`]: true, [`tk-shape-${shape}`]: true };
        return group;
    }

    protected renderShape(shape: string, w: number, h: number): VNode[] {
        switch (shape) {
            case 'process':
                return [<rect class-asset-body={true} x={0} y={0} width={w} height={h} rx={Math.min(h / 2, 18)} ry={Math.min(h / 2, 18)} />];
            case 'store':
                return [
                    <rect class-asset-body={true} class-store-fill={true} x={0} y={0} width={w} height={h} />,
                    <path class-store-lines={true} d={`M0,0 H${w} M0,${h} H${w}`} />
                ];
            case 'external':
                return [<rect class-asset-body={true} class-external={true} x={0} y={0} width={w} height={h} />];
            default:
                return [<rect class-asset-body={true} x={0} y={0} width={w} height={h} rx={4} ry={4} />];
        }
    }
}

/**
 * Conduits and flows. A flow gets an arrow head; a flow carrying data unencrypted across zones is red and dashed
 * (css flow-unprotected from the server, or args encrypted=false and crossesBoundary=true); a conduit with an
 * isolation point shows a cut mark at its middle.
 */
@injectable()
export class TorideEdgeView extends GEdgeView {
    protected override additionalClasses(edge: Readonly<GEdge>, _context: RenderingContext): Record<string, boolean> {
        const flow = edge.type === FLOW || edge.type === FLOW_BUNDLE;
        const unprotected =
            (edge.cssClasses ?? []).includes('flow-unprotected') ||
            (flow && isTrue(edge, 'crossesBoundary') && argOf(edge, 'encrypted').toLowerCase() === 'false');
        const isolated = (edge.cssClasses ?? []).includes('conduit-isolated') || isTrue(edge, 'isolation');
        const related = withinSelection(edge.source) || withinSelection(edge.target);
        // GEdgeView spreads these into the JSX of the edge's <g>: keys are sprotty's class-<name> attributes
        return {
            'class-toride-edge': true,
            'class-toride-flow': flow,
            'class-toride-conduit': edge.type === CONDUIT,
            'class-toride-bundle': edge.type === FLOW_BUNDLE,
            'class-tk-aggregated': edge.type === CONDUIT && count(edge) >= 2,
            'class-tk-unprotected': unprotected,
            'class-tk-isolated': isolated,
            'class-tk-encrypted': flow && isTrue(edge, 'encrypted'),
            'class-tk-related': related,
            'class-selected': edge.selected
        };
    }

    /** The route with rounded bends (routes.ts): the server sends orthogonal polylines, sprotty adds the ends. */
    protected override renderLine(edge: GEdge, segments: Point[], _context: RenderingContext): VNode {
        const line = <path d={roundedPath(segments)} />;
        // several conduits between two zones of the overview, or a bundle of flows: the more, the thicker
        const n = count(edge);
        if (n >= 2 || edge.type === FLOW_BUNDLE) {
            const base = edge.type === CONDUIT ? 2.6 : 2.2;
            line.data!.style = { ...(line.data!.style ?? {}), 'stroke-width': `${(base + 1.5 * Math.log2(Math.max(n, 2))).toFixed(1)}px` };
        }
        return line;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const extras = super.renderAdditionals(edge, segments, context);
        const last = lastSegment(segments);
        if (last && (edge.type === FLOW || edge.type === FLOW_BUNDLE)) {
            extras.push(this.arrowHead(last[0], last[1]));
        }
        const middle = midway(segments);
        const isolated = (edge.cssClasses ?? []).includes('conduit-isolated') || isTrue(edge, 'isolation');
        if (middle && isolated) {
            extras.push(this.isolationMark(middle.at, middle.angle));
        }
        const n = count(edge);
        // a quarter of the way along: the caption sits halfway, and an isolation mark too
        const badgeAt = along(segments, 0.25);
        if (badgeAt && (n >= 2 || edge.type === FLOW_BUNDLE)) {
            extras.push(this.countBadge(edge, n, badgeAt.at));
        }
        // a transparent wide path along the same rounded route makes thin edges easy to hit with the mouse
        extras.push(this.renderMouseHandle(segments, 6));
        return extras;
    }

    protected override renderMouseHandle(segments: Point[], padding: number): VNode {
        return (
            <path
                class-mouse-handle={true}
                d={roundedPath(segments)}
                style-stroke-width={padding * 2}
                style-stroke='transparent'
                style-stroke-dasharray='none'
                style-stroke-dashoffset='0'
            />
        );
    }

    protected arrowHead(p1: Point, p2: Point): VNode {
        const angle = (Math.atan2(p2.y - p1.y, p2.x - p1.x) * 180) / Math.PI;
        return <path class-arrow-head={true} d='M 0,0 L -10,-4.5 L -10,4.5 Z' transform={`translate(${p2.x}, ${p2.y}) rotate(${angle})`} />;
    }

    /** How many conduits or flows the edge stands for, with a tool tip that says so (and, for a bundle, how to open it). */
    protected countBadge(edge: GEdge, n: number, at: Point): VNode {
        const title =
            edge.type === FLOW_BUNDLE
                ? `${t('bundle.flows', n)}${argOf(edge, 'data') ? ': ' + argOf(edge, 'data') : ''}\n${t('bundle.expand')}`
                : t('overview.conduits', n);
        return (
            <g class-count-badge={true} transform={`translate(${at.x}, ${at.y})`}>
                <title>{title}</title>
                <circle r={9} />
                <text y={4}>{String(n)}</text>
            </g>
        );
    }

    /** Two short bars across the route halfway along it, with a gap: the conduit can be cut there. */
    protected isolationMark(at: Point, angle: number): VNode {
        return (
            <g class-isolation-mark={true} transform={`translate(${at.x}, ${at.y}) rotate(${angle})`}>
                <title>{t('diagram.isolationPoint')}</title>
                <rect class-isolation-gap={true} x={-5} y={-9} width={10} height={18} />
                <path d='M -4,-8 L -4,8 M 4,-8 L 4,8' />
            </g>
        );
    }
}
