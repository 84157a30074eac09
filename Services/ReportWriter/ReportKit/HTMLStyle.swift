/// The report page's only style sheet, inlined: screen, phone width and print.
enum HTMLStyle {
    static let css = """
        :root{--fg:#1b1b1b;--muted:#5b5b5b;--line:#d0d0d0;--agree:#d7f0d7;--agree-fg:#14532d;--conflict:#f9d3d3;--conflict-fg:#8b1111;\
        --hedged:#fff0bf;--hedged-fg:#6b4e00;--absent:#f1f1f1;--absent-fg:#777;--mark:#ffe58a}
        *{box-sizing:border-box}
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--fg);margin:0 auto;max-width:1100px;\
        padding:16px 24px}
        h1{font-size:1.6em;margin:.2em 0}h2{border-bottom:2px solid var(--line);padding-bottom:.2em;margin-top:1.8em}h3{margin:.2em 0}
        a{color:#0b4f9c}code,.id{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.88em;overflow-wrap:anywhere}
        td.id{white-space:nowrap;overflow-wrap:normal}
        .summary{font-size:1.1em;background:#f5f7fa;border:1px solid var(--line);padding:8px 12px;border-radius:6px}
        nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px}
        table{border-collapse:collapse}th,td{border:1px solid var(--line);padding:4px 6px;vertical-align:top;text-align:left}
        .wrap{overflow-x:auto;max-width:100%}
        table.matrix td.cell{text-align:center;min-width:3.2em;font-weight:bold}
        table.matrix td.cell a{text-decoration:none;color:inherit;display:block}
        table.matrix th.row{font-weight:normal;min-width:14em}
        .v{display:block;font-weight:normal;font-size:.78em}
        .st-agree{background:var(--agree);color:var(--agree-fg)}.st-conflict{background:var(--conflict);color:var(--conflict-fg)}
        .st-hedged{background:var(--hedged);color:var(--hedged-fg)}.st-absent{background:var(--absent);color:var(--absent-fg)}
        .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}.legend .cell{display:inline-block;width:1.8em;\
        text-align:center;font-weight:bold;border:1px solid var(--line)}
        .cluster{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:4px;padding:8px 12px;margin:12px 0}
        .cluster.conflicting{border-left-color:#c62828}.cluster.disputed{border-left-color:#ef6c00}.cluster.evolving{border-left-color:#1565c0}\
        .cluster.agreed{border-left-color:#2e7d32}.cluster.related{border-left-color:#8a9a5b}.cluster.single-source{border-left-color:#888}
        .meta{color:var(--muted);font-size:.9em}
        blockquote{margin:.3em 0 .6em;padding:.2em .8em;border-left:3px solid var(--line);background:#fafafa}
        .values td{min-width:12em}
        .article{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);padding:10px 12px;border-radius:4px;background:#fff;\
        font-family:Georgia,"DejaVu Serif",serif}
        .article .hd{font-weight:bold}.article .rm{color:#999;text-decoration:line-through}
        mark{background:var(--mark);padding:0 1px}
        .ca{border-left:2px solid #b58900;margin-left:1px}
        .ca:target+mark,.sa:target+*{outline:3px solid #c62828}
        .sa:target::after,.ca:target::after{content:"▶";color:#c62828}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
        figure{margin:0}figcaption{font-weight:bold;font-size:.9em}
        svg text{font-family:system-ui,"DejaVu Sans",sans-serif}
        @media (max-width:600px){body{padding:8px;font-size:14px}.wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}\
        table.matrix th.row{min-width:9em}.charts{grid-template-columns:1fr}.values td{min-width:8em}}
        @media print{body{max-width:none;padding:0;font-size:10pt}nav{display:none}.wrap{overflow:visible}a{color:inherit;text-decoration:none}\
        .cluster,figure,tr{break-inside:avoid}h2{break-after:avoid}\
        .st-agree,.st-conflict,.st-hedged,.st-absent,mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}.document{break-before:page}}
        """
}
