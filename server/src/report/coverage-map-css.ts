// The coverage map's styles (coverage-map.ts): inlined in the command line's HTML report, adopted as a style sheet by
// the web page. A module of its own with no imports, so the page's script takes the styles without the engine.
export const COVERAGE_MAP_CSS = `
.pcmap{--pc-cited:#d8f0de;--pc-cited-b:#1e7b3c;--pc-mis:#fde0de;--pc-mis-b:#b3261e;--pc-rest:#e0eafb;--pc-rest-b:#2b5fad;--pc-miss:#ffffff;--pc-miss-b:#7a7a7a;font-size:14px;line-height:1.4}
.pcmap-legend,.pcmap-groups,.pcmap-tree,.pcmap-kids{list-style:none;margin:0;padding:0}
.pcmap-legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin-bottom:8px;color:#333}
.pcmap-legend-long{display:none;color:#555}
.pcmap-groups{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:12px}
.pcmap-groups li{border:1px solid #c8c8c8;border-radius:4px;padding:2px 8px;background:#f7f7f7}
.pcmap-group-full{border-color:var(--pc-cited-b)!important}
.pcmap-group-missing{font-size:12px;color:#555;margin-left:6px}
.pcmap-swatch{display:inline-block;min-width:1.4em;text-align:center;border:1px solid;border-radius:3px;margin-right:4px;font-weight:bold}
.pcmap-cited.pcmap-swatch,.pcmap-node.pcmap-cited{background:var(--pc-cited);border-color:var(--pc-cited-b)}
.pcmap-miscited.pcmap-swatch,.pcmap-node.pcmap-miscited{background:var(--pc-mis);border-color:var(--pc-mis-b)}
.pcmap-restated.pcmap-swatch,.pcmap-node.pcmap-restated{background:var(--pc-rest);border-color:var(--pc-rest-b)}
.pcmap-missing.pcmap-swatch,.pcmap-node.pcmap-missing{background:var(--pc-miss);border-color:var(--pc-miss-b);border-style:dashed}
.pcmap-tree{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:10px;align-items:start}
.pcmap-tree>li{border:1px solid #dcdcdc;border-radius:6px;padding:8px;background:#fcfcfc}
.pcmap-kids{display:flex;flex-wrap:wrap;gap:5px;margin:6px 0 0 0;padding-left:10px;border-left:2px solid #e2e2e2}
.pcmap-item-section,.pcmap-item-objective,.pcmap-item-principle{max-width:100%}
.pcmap-item-section:has(>.pcmap-kids),.pcmap-item-objective:has(>.pcmap-kids){flex-basis:100%}
.pcmap-node{display:inline-flex;align-items:baseline;gap:4px;max-width:100%;box-sizing:border-box;border:1px solid;border-radius:4px;padding:3px 8px;color:#111;text-decoration:none}
.pcmap-node:hover{filter:brightness(0.95);text-decoration:underline}
.pcmap-node:focus-visible,.pcmap-hit:focus-visible,.pcmap-detail:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.pcmap-part{font-weight:bold;font-size:15px}
.pcmap-target{font-size:12px}
.pcmap-mark{font-weight:bold}
.pcmap-miscited .pcmap-mark{color:var(--pc-mis-b)}
.pcmap-cited .pcmap-mark{color:var(--pc-cited-b)}
.pcmap-missing .pcmap-mark{color:#555}
.pcmap-label{overflow-wrap:anywhere}
.pcmap-count{font-size:11px;background:var(--pc-cited-b);color:#fff;border-radius:8px;padding:0 5px}
.pcmap-miscount{font-size:11px;background:var(--pc-mis-b);color:#fff;border-radius:8px;padding:0 5px}
.pcmap-details{display:flex;flex-direction:column;gap:6px}
.pcmap-detail{border-left:4px solid var(--pc-miss-b);padding:2px 8px}
.pcmap-detail.pcmap-cited{border-left-color:var(--pc-cited-b)}
.pcmap-detail.pcmap-miscited{border-left-color:var(--pc-mis-b)}
.pcmap-detail.pcmap-restated{border-left-color:var(--pc-rest-b)}
.pcmap-detail:target,.pcmap-detail.pcmap-current{background:#fff8d6}
.pcmap-detail h3{font-size:14px;margin:4px 0}
.pcmap-detail h4{font-size:13px;margin:4px 0 2px}
.pcmap-detail ul,.pcmap-table ul{margin:0;padding-left:18px}
.pcmap-kind,.pcmap-status{font-weight:normal;color:#555;font-size:12px}
.pcmap-hit{font-family:ui-monospace,monospace;font-size:12px}
button.pcmap-hit{cursor:pointer;border:1px solid #8a8a8a;border-radius:3px;background:#fff;color:#0b4f9c;padding:0 4px}
.pcmap-problem{display:block;color:#8c1d18;font-size:12px}
.pcmap-none{color:#555;margin:2px 0}
.pcmap-table{border-collapse:collapse;width:100%;font-size:13px}
.pcmap-table caption{text-align:left;font-weight:bold;margin-bottom:4px}
.pcmap-table th,.pcmap-table td{border:1px solid #d0d0d0;padding:3px 6px;vertical-align:top;text-align:left}
.pcmap-table thead th{background:#f0f0f0}
.pcmap-table th[scope=row]{font-weight:normal}
.pcmap-d0{font-weight:bold!important}.pcmap-d1{padding-left:18px!important}.pcmap-d2{padding-left:32px!important}.pcmap-d3{padding-left:46px!important}
.pcmap-id{font-family:ui-monospace,monospace;font-size:12px;white-space:nowrap}
`;
