// The report's only script, inlined: click a column header to sort its table (again to reverse),
// type in a table's filter box to show only the rows containing the words. No network, no eval.
export const TABLE_SCRIPT = `
(function () {
  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    var v = cell.getAttribute('data-sort');
    return v !== null ? v : cell.textContent.trim();
  }
  document.querySelectorAll('table.data').forEach(function (table) {
    var body = table.tBodies[0];
    table.querySelectorAll('thead th').forEach(function (th, index) {
      th.tabIndex = 0;
      th.setAttribute('aria-sort', 'none');
      function sort() {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index), y = cellValue(b, index);
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = !isNaN(nx) && !isNaN(ny) && String(nx) === x.replace(/%$/, '') && String(ny) === y.replace(/%$/, '') ? nx - ny : x.localeCompare(y);
          return ascending ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        table.querySelectorAll('thead th').forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
    });
  });
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var table = document.getElementById(input.getAttribute('data-filter'));
    var count = document.getElementById(input.getAttribute('data-filter') + '-count');
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = row.textContent.toLowerCase();
        var show = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !show;
        if (show) shown++;
      });
      if (count) count.textContent = shown + ' shown';
    });
  });
})();
`;
