// Official-table behaviour of the form pages: merged level cells, add/remove indicator rows, live totals,
// messages next to refused fields, confirmation before submit. No build step, no dependencies.
(function () {
    'use strict';
    var form = document.getElementById('task-form');

    function number(input) {
        var v = parseFloat((input.value || '').replace(/,/g, ''));
        return isNaN(v) ? 0 : v;
    }

    function fmt(x) {
        return (Math.round(x * 100) / 100).toLocaleString('zh-CN', {minimumFractionDigits: 2, maximumFractionDigits: 2});
    }

    // Level cells of consecutive rows with the same value become one cell spanning them, as in the printed forms.
    // While the form is being filled each row keeps its own level-2 choice, or its select would be hidden.
    function merge(tbody) {
        var editable = tbody.closest('fieldset') && !tbody.closest('fieldset').disabled;
        (editable ? ['merge-l1'] : ['merge-l1', 'merge-l2']).forEach(function (cls) {
            var first = null;
            Array.prototype.forEach.call(tbody.querySelectorAll('tr.indicator-row'), function (row) {
                var cell = row.querySelector('td.' + cls);
                if (!cell) return;
                cell.style.display = '';
                cell.rowSpan = 1;
                var value = cell.getAttribute('data-value');
                if (first && first.getAttribute('data-value') === value &&
                    (cls === 'merge-l1' || first.parentNode.querySelector('td.merge-l1').getAttribute('data-value') ===
                        row.querySelector('td.merge-l1').getAttribute('data-value'))) {
                    first.rowSpan += 1;
                    cell.style.display = 'none';
                } else {
                    first = cell;
                }
            });
        });
    }

    function mergeAll() {
        document.querySelectorAll('tbody[data-indicators]').forEach(merge);
    }

    function recompute() {
        if (!form) return;
        form.querySelectorAll('[data-sum]').forEach(function (out) {
            var total = 0;
            form.querySelectorAll(out.getAttribute('data-sum')).forEach(function (i) { total += number(i); });
            out.textContent = fmt(total);
        });
        form.querySelectorAll('[data-ratio]').forEach(function (out) {
            var names = out.getAttribute('data-ratio').split(',');
            var a = form.querySelector('[name="' + names[0] + '"]');
            var b = form.querySelector('[name="' + names[1] + '"]');
            var den = b ? number(b) : 0;
            out.textContent = den > 0 ? fmt(number(a) * 100 / den) + '%' : '—';
        });
    }

    function levelChanged(select) {
        var row = select.closest('tr');
        var option = select.options[select.selectedIndex];
        var level1 = option.getAttribute('data-level1');
        row.querySelector('[data-role="level1"]').value = level1;
        var l1 = row.querySelector('td.merge-l1');
        l1.setAttribute('data-value', level1);
        l1.textContent = level1;
        var l2 = row.querySelector('td.merge-l2');
        if (l2) l2.setAttribute('data-value', select.value);
        // Keep a level-1 group together: move the row after the last row of its group.
        var tbody = row.parentNode;
        var rows = Array.prototype.filter.call(tbody.querySelectorAll('tr.indicator-row'), function (r) {
            return r !== row && r.querySelector('td.merge-l1').getAttribute('data-value') === level1;
        });
        if (rows.length) {
            var last = rows[rows.length - 1];
            last.parentNode.insertBefore(row, last.nextSibling);
        }
        mergeAll();
    }

    // A level-3 name picked from the indicator library brings its category and typical target into the row.
    function suggestionPicked(input) {
        var list = document.getElementById('indicator-suggestions');
        if (!list) return;
        var option = Array.prototype.find.call(list.options, function (o) { return o.value === input.value; });
        if (!option) return;
        var row = input.closest('tr');
        var select = row.querySelector('select[data-role="level2"]');
        var level2 = option.getAttribute('data-level2');
        if (select && level2 && select.value !== level2) {
            select.value = level2;
            levelChanged(select);
        }
        var typical = option.getAttribute('data-target');
        ['target_total', 'target_annual'].forEach(function (field) {
            var target = row.querySelector('input[name$=".' + field + '"]');
            if (target && typical && !target.value) target.value = typical;
        });
    }

    document.addEventListener('change', function (e) {
        if (e.target.matches('select[data-role="level2"]')) levelChanged(e.target);
        if (e.target.matches('input[data-indicator-suggest]')) suggestionPicked(e.target);
        recompute();
    });
    document.addEventListener('input', recompute);
    document.addEventListener('click', function (e) {
        var add = e.target.closest('[data-add-row]');
        if (add) {
            e.preventDefault();
            var template = document.getElementById(add.getAttribute('data-template'));
            var html = template.innerHTML;
            var tbody = document.getElementById(add.getAttribute('data-add-row'));
            tbody.insertAdjacentHTML('beforeend', html);
            var row = tbody.lastElementChild;
            var select = row.querySelector('select[data-role="level2"]');
            if (select) levelChanged(select);
            recompute();
            // Keyboard users go on typing in the new row.
            var first = row.querySelector('select, input:not([type=hidden]), textarea');
            if (first) first.focus();
            return;
        }
        var remove = e.target.closest('[data-remove-row]');
        if (remove) {
            e.preventDefault();
            remove.closest('tr').remove();
            mergeAll();
            recompute();
            return;
        }
        var confirmable = e.target.closest('[data-confirm]');
        if (confirmable && !window.confirm(confirmable.getAttribute('data-confirm'))) {
            e.preventDefault();
        }
    });

    // Messages of a refused save next to their fields.
    document.querySelectorAll('#form-errors [data-field]').forEach(function (li) {
        var input = form && form.querySelector('[name="' + li.getAttribute('data-field') + '"]');
        if (!input) return;
        input.classList.add('is-invalid');
        var div = document.createElement('div');
        div.className = 'invalid-feedback d-block';
        div.textContent = li.textContent;
        input.insertAdjacentElement('afterend', div);
    });

    // Rows are sent in the order the page shows them, numbered indicators[0], [1], …: added rows come without a
    // number of their own (the row templates' placeholder) and moved rows keep their old one until now.
    function renumber() {
        document.querySelectorAll('tbody[data-indicators]').forEach(function (tbody) {
            Array.prototype.forEach.call(tbody.querySelectorAll('tr.indicator-row'), function (row, index) {
                row.querySelectorAll('[name]').forEach(function (field) {
                    field.name = field.name.replace(/^([a-z_.]+)\[[^\]]*]/, '$1[' + index + ']');
                });
            });
        });
    }

    if (form) form.addEventListener('submit', renumber);
    mergeAll();
    recompute();
})();
