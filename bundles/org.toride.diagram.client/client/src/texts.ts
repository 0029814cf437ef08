/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
// Every word the diagram page shows itself, in English and Japanese. The page's language is its `lang` parameter,
// else the browser's (as the server decides for palette entries and new names, see DiagramTexts.java): Japanese
// for `ja*`, English for anything else. Terms follow the server's texts_ja.properties (ゾーン, 資産, コンジット …).

const en = {
    // toolbar
    'view.network': 'Network',
    'view.dataflow': 'Data flow',
    'tool.fit': 'Fit to window',
    'tool.zoomIn': 'Zoom in',
    'tool.zoomOut': 'Zoom out',
    'tool.layout': 'Layout all (places every element again)',
    'tool.undo': 'Undo (Ctrl+Z)',
    'tool.redo': 'Redo (Ctrl+Shift+Z)',
    'tool.exportSvg': 'Export SVG',
    // legend
    'legend.title': 'Legend',
    'legend.assets': 'Assets',
    'legend.shapes': 'Shapes',
    'legend.zones': 'Zones',
    'legend.edges': 'Edges',
    'legend.trusted': 'Trusted zone',
    'legend.untrusted': 'Untrusted zone',
    'legend.dataFlow': 'Data flow',
    'legend.unprotected': 'Unencrypted across zones',
    'legend.conduit': 'Conduit',
    'legend.conduitIsolated': 'Conduit with isolation point',
    'legend.finding': 'Finding (hover for the message)',
    'shape.process': 'Process',
    'shape.store': 'Data store',
    'shape.external': 'External entity',
    'kind.InformationSystem': 'Information system',
    'kind.ControlSystem': 'Control system (OT)',
    'kind.Device': 'Device',
    'kind.Software': 'Software',
    'kind.DataAsset': 'Data',
    'kind.ExternalService': 'External service',
    'kind.ExternalParty': 'External party',
    'kind.Facility': 'Facility',
    // diagram
    'diagram.isolationPoint': 'Isolation point',
    'minimap.label': 'Overview of the whole diagram (click or drag to move the view)',
    // zone overview, bundled flows and the service filter (overview.ts)
    'overview.show': 'Overview',
    'overview.showTitle': 'Show the zones only, with their counts (double-click a zone to open it)',
    'overview.detail': 'Detail',
    'overview.detailTitle': 'Show every asset in every zone',
    'overview.expandZone': 'Double-click to show the assets in this zone',
    'overview.collapseZone': 'Double-click to show this zone as a box with counts',
    'overview.assets': '{0} assets',
    'overview.findings': '{0} findings',
    'overview.conduits': '{0} conduits',
    'bundle.flows': '{0} data flows',
    'bundle.expand': 'Double-click to show each data flow of this bundle',
    'bundle.collapse': 'Bundle flows',
    'bundle.collapseTitle': 'Draw the flows between two zones as one edge again',
    'service.label': 'Service',
    'service.all': 'All services',
    'service.title': 'Show only one critical service: its supporting assets and the flows between them',
    // GLSP's tool palette
    'palette.title': 'Palette',
    'palette.ariaLabel': 'Tool palette',
    'palette.minimize': 'Minimize palette',
    'palette.maximize': 'Maximize palette',
    'palette.selectionTool': 'Enable selection tool',
    'palette.deletionTool': 'Enable deletion tool',
    'palette.marqueeTool': 'Enable marquee tool',
    'palette.validate': 'Validate model',
    'palette.resetViewport': 'Reset Viewport',
    'palette.toggleGrid': 'Toggle Grid',
    'palette.debugMode': 'Debug Mode',
    'palette.filter': 'Filter palette entries',
    'palette.search': 'Search...',
    'palette.noResults': 'No results found.',
    // an empty view: what to do first (lines separated by \n)
    'empty.network': 'Nothing drawn yet.\nPick Zone in the palette on the right and click here,\nthen add assets into the zone.',
    'empty.networkAssets': 'No assets yet.\nPick a kind of asset in the palette on the right and click inside a zone.',
    'empty.dataflow':
        'No data flows yet.\nPlace assets from the palette on the right, then connect two with Data flow.\nAssets that have flows show here by themselves.',
    // status and errors
    'status.connecting': 'Connecting to the diagram server…',
    'status.loading': 'Loading the model…',
    'status.reconnecting': 'The connection to the diagram server was lost; reconnecting… (attempt {0})',
    'error.title': 'The diagram is not available',
    'error.reload': 'Reload',
    'error.noParameters': 'This page needs ?token=…&model=…&view=network|dataflow in its address (the host opens it).',
    'error.cannotConnect': 'Cannot connect to the diagram server at {0} (refused or not running).',
    'error.closed':
        'The connection to the diagram server was lost (code {0}) and could not be made again within a minute. Reload once the server runs again.',
    'error.modelClosed': 'The model was closed, and this diagram with it. Open the model again to see its diagram.',
    'error.refused': 'The diagram server refused the connection (code {0}).',
    'error.notLoaded': 'The diagram could not be loaded: {0}',
    'error.timeout': 'The model {0} did not load within {1} s.'
};

export type TextKey = keyof typeof en;

const ja: Record<TextKey, string> = {
    'view.network': 'ネットワーク構成図',
    'view.dataflow': 'データフロー図',
    'tool.fit': '画面に合わせる',
    'tool.zoomIn': '拡大',
    'tool.zoomOut': '縮小',
    'tool.layout': 'すべて自動配置（全要素を配置し直します）',
    'tool.undo': '元に戻す (Ctrl+Z)',
    'tool.redo': 'やり直し (Ctrl+Shift+Z)',
    'tool.exportSvg': 'SVG としてエクスポート',
    'legend.title': '凡例',
    'legend.assets': '資産',
    'legend.shapes': '図形',
    'legend.zones': 'ゾーン',
    'legend.edges': '接続',
    'legend.trusted': '信頼ゾーン',
    'legend.untrusted': '非信頼ゾーン',
    'legend.dataFlow': 'データフロー',
    'legend.unprotected': 'ゾーンをまたぐ暗号化なしの通信',
    'legend.conduit': 'コンジット',
    'legend.conduitIsolated': '分離ポイントのあるコンジット',
    'legend.finding': '指摘事項（ポインターを重ねると内容を表示）',
    'shape.process': 'プロセス',
    'shape.store': 'データストア',
    'shape.external': '外部エンティティ',
    'kind.InformationSystem': '情報システム',
    'kind.ControlSystem': '制御システム（OT）',
    'kind.Device': '機器',
    'kind.Software': 'ソフトウェア',
    'kind.DataAsset': 'データ',
    'kind.ExternalService': '外部サービス',
    'kind.ExternalParty': '外部主体',
    'kind.Facility': '施設',
    'diagram.isolationPoint': '分離ポイント',
    'minimap.label': '図全体の縮小表示（クリックまたはドラッグで表示位置を移動）',
    'overview.show': '概要',
    'overview.showTitle': 'ゾーンだけを件数付きで表示します（ゾーンをダブルクリックすると中を表示）',
    'overview.detail': '詳細',
    'overview.detailTitle': 'すべてのゾーンのすべての資産を表示します',
    'overview.expandZone': 'ダブルクリックでこのゾーンの資産を表示',
    'overview.collapseZone': 'ダブルクリックでこのゾーンを件数付きの箱に戻す',
    'overview.assets': '資産 {0} 件',
    'overview.findings': '指摘事項 {0} 件',
    'overview.conduits': 'コンジット {0} 本',
    'bundle.flows': 'データフロー {0} 本',
    'bundle.expand': 'ダブルクリックでこの束のデータフローを個別に表示',
    'bundle.collapse': 'データフローを束ねる',
    'bundle.collapseTitle': '2 つのゾーン間のデータフローを再び 1 本にまとめます',
    'service.label': 'サービス',
    'service.all': 'すべてのサービス',
    'service.title': '1 つの重要インフラサービスだけを表示します（その支援資産と資産間のデータフロー）',
    'palette.title': 'パレット',
    'palette.ariaLabel': 'ツールパレット',
    'palette.minimize': 'パレットを最小化',
    'palette.maximize': 'パレットを元に戻す',
    'palette.selectionTool': '選択ツール',
    'palette.deletionTool': '削除ツール',
    'palette.marqueeTool': '範囲選択ツール',
    'palette.validate': 'モデルを検証',
    'palette.resetViewport': '表示位置をリセット',
    'palette.toggleGrid': 'グリッドの表示切り替え',
    'palette.debugMode': 'デバッグモード',
    'palette.filter': 'パレットの項目を絞り込む',
    'palette.search': '検索…',
    'palette.noResults': '該当する項目はありません。',
    'empty.network': 'まだ何も描かれていません。\n右のパレットで「ゾーン」を選んでここをクリックし、\nゾーンの中に資産を追加してください。',
    'empty.networkAssets': '資産はまだありません。\n右のパレットで資産の種類を選び、ゾーンの中をクリックしてください。',
    'empty.dataflow':
        'データフローはまだありません。\n右のパレットから資産を置き、「データフロー」で 2 つをつないでください。\nデータフローのある資産は自動的にここに表示されます。',
    'status.connecting': '図サーバーに接続しています…',
    'status.loading': 'モデルを読み込んでいます…',
    'status.reconnecting': '図サーバーとの接続が切れました。再接続しています…（{0} 回目）',
    'error.title': '図を表示できません',
    'error.reload': '再読み込み',
    'error.noParameters':
        'このページのアドレスには ?token=…&model=…&view=network|dataflow が必要です（ホストアプリケーションから開いてください）。',
    'error.cannotConnect': '図サーバー ({0}) に接続できません（接続が拒否されたか、サーバーが起動していません）。',
    'error.closed':
        '図サーバーとの接続が切れ（コード {0}）、1 分以内に再接続できませんでした。サーバーの再起動後にページを再読み込みしてください。',
    'error.modelClosed': 'モデルが閉じられたため、この図も閉じられました。図を見るにはモデルを開き直してください。',
    'error.refused': '図サーバーが接続を拒否しました（コード {0}）。',
    'error.notLoaded': '図を読み込めませんでした: {0}',
    'error.timeout': 'モデル {0} を {1} 秒以内に読み込めませんでした。'
};

/** The page's language tag as given (`lang` parameter, else the browser's), sent to the server as is. */
export const LANG: string = new URLSearchParams(location.search).get('lang') || navigator.language || 'en';

/** `ja` or `en`: the language of the page's own texts. */
export const UI_LANG: 'ja' | 'en' = LANG.toLowerCase().startsWith('ja') ? 'ja' : 'en';

const dictionary: Record<TextKey, string> = UI_LANG === 'ja' ? ja : en;

/** The text of key in the page's language; `{0}`, `{1}` … are replaced by args. */
export function t(key: TextKey, ...args: (string | number)[]): string {
    return dictionary[key].replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
