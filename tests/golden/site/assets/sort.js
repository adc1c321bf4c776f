/* sort.js - optional: click a column header of a table.sortable to sort
 * it.  Every page is complete without it. */
(function () {
	"use strict";
	function key(cell) {
		var t = (cell.textContent || "").trim();
		var n = parseFloat(t.replace(/[^0-9.\-]/g, ""));
		return /^[\s\u2212\-+]*[0-9]/.test(t) && !isNaN(n) ? n : t.toLowerCase();
	}
	function sort(table, col, th) {
		var body = table.tBodies[0];
		if (!body) return;
		var asc = th.getAttribute("aria-sort") !== "ascending";
		var rows = Array.prototype.slice.call(body.rows);
		rows.sort(function (a, b) {
			var x = a.cells[col] ? key(a.cells[col]) : "";
			var y = b.cells[col] ? key(b.cells[col]) : "";
			var c = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0)
				: (typeof x === "number" ? -1 : 1);
			return asc ? c : -c;
		});
		Array.prototype.forEach.call(th.parentNode.cells, function (h) {
			h.removeAttribute("aria-sort");
		});
		th.setAttribute("aria-sort", asc ? "ascending" : "descending");
		rows.forEach(function (r) { body.appendChild(r); });
	}
	/* A header holding a link (or another control) keeps it; the sort
	 * button goes beside it, named by the header's text, since controls
	 * must not nest.  Other headers become the button. */
	var controls = "a[href], button, input, select, textarea, [tabindex]";
	document.querySelectorAll("table.sortable thead th").forEach(function (th) {
		var b = document.createElement("button");
		b.type = "button";
		b.className = "sort";
		if (th.querySelector(controls)) {
			b.className = "sort sort-beside";
			b.setAttribute("aria-label", "Sort by " +
				(th.textContent || "").replace(/\s+/g, " ").trim());
		} else {
			while (th.firstChild) b.appendChild(th.firstChild);
		}
		th.appendChild(b);
		b.addEventListener("click", function () {
			sort(th.closest("table"), th.cellIndex, th);
		});
	});
})();
