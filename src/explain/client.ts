/**
 * The explain page's script, as text: it runs inside the written HTML file, so it is plain
 * browser JavaScript with no imports. It shows the fields of the items under the pointer,
 * turns layers on and off, and selects a diagnostic's stretch of the source.
 */
export const EXPLAIN_SCRIPT = String.raw`
(function () {
  var items = JSON.parse(document.getElementById('broadsheet-items').textContent);
  var source = document.getElementById('source');
  var tip = document.getElementById('tip');

  // A page's markup can run for screens before its article: start at the body's first paragraph.
  var first = source.querySelector('.paragraph');
  if (first && first.getBoundingClientRect().top > window.innerHeight) first.scrollIntoView({ block: 'start' });

  function row(table, name, value) {
    var tr = table.insertRow();
    var th = document.createElement('th');
    th.textContent = name;
    tr.appendChild(th);
    tr.insertCell().textContent = value === null ? '—' : String(value);
  }

  source.addEventListener('mousemove', function (event) {
    var target = event.target instanceof Element ? event.target.closest('.hl') : null;
    if (!target) { tip.hidden = true; return; }
    tip.replaceChildren();
    // The innermost item first, then the items it lies in.
    for (var node = target; node && node !== source; node = node.parentElement) {
      if (!node.classList.contains('hl')) continue;
      var item = items[Number(node.dataset.i)];
      var box = document.createElement('section');
      var title = document.createElement('h3');
      title.textContent = item.layer + (item.label && item.layer !== 'paragraph' ? ' · ' + item.label : '');
      box.appendChild(title);
      var table = document.createElement('table');
      for (var name in item.fields) row(table, name, item.fields[name]);
      box.appendChild(table);
      tip.appendChild(box);
    }
    tip.hidden = false;
    var x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    var y = event.clientY + 16;
    if (y + tip.offsetHeight > window.innerHeight - 8) y = Math.max(8, event.clientY - tip.offsetHeight - 12);
    tip.style.left = Math.max(8, x) + 'px';
    tip.style.top = y + 'px';
  });
  source.addEventListener('mouseleave', function () { tip.hidden = true; });

  document.querySelectorAll('input[data-layer-toggle]').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.dataset.layerToggle, !box.checked);
    });
  });

  // The source is the pre's whole text, so an offset is found by walking its text nodes.
  function point(offset) {
    var walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    var seen = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var length = node.textContent.length;
      if (offset <= seen + length) return { node: node, offset: offset - seen };
      seen += length;
    }
    return null;
  }
  document.querySelectorAll('[data-select-start]').forEach(function (button) {
    button.addEventListener('click', function () {
      var from = point(Number(button.dataset.selectStart));
      var to = point(Number(button.dataset.selectEnd));
      if (!from || !to) return;
      var range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      from.node.parentElement.scrollIntoView({ block: 'center' });
    });
  });
})();
`;
