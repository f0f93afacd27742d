// Kota -> kecamatan -> kelurahan: each list shows only the children of the choice above it.
// Without JavaScript every option stays visible (kelurahan grouped by kecamatan) and the server checks the chain.
(function () {
  document.querySelectorAll('.region-picker').forEach(function (picker) {
    var city = picker.querySelector('[data-region-level=city]');
    var district = picker.querySelector('[data-region-level=district]');
    var village = picker.querySelector('[data-region-level=village]');
    if (!city || !district || !village) { return; }
    var allDistricts = Array.prototype.slice.call(district.options, 1).map(function (o) { return o.cloneNode(true); });
    var allGroups = Array.prototype.slice.call(village.querySelectorAll('optgroup')).map(function (g) { return g.cloneNode(true); });

    function fill(select, items, keep) {
      var current = keep ? select.value : '';
      while (select.options.length > 1) { select.remove(1); }
      select.querySelectorAll('optgroup').forEach(function (g) { g.remove(); });
      items.forEach(function (item) { select.appendChild(item.cloneNode(true)); });
      select.value = current;
      if (select.value !== current) { select.value = ''; }
    }
    function districtsFor(cityCode) {
      return allDistricts.filter(function (o) { return !cityCode || o.dataset.parent === cityCode; });
    }
    function groupsFor(districtCode, cityCode) {
      return allGroups.filter(function (g) {
        if (districtCode) { return g.dataset.parent === districtCode; }
        return !cityCode || g.dataset.parent.indexOf(cityCode + '.') === 0;
      });
    }
    // restore the chain from a chosen kelurahan (a form shown again after an error)
    if (village.value && !district.value) {
      district.value = village.value.split('.').slice(0, 3).join('.');
    }
    if (district.value && !city.value) {
      city.value = district.value.split('.').slice(0, 2).join('.');
    }
    fill(district, districtsFor(city.value), true);
    fill(village, groupsFor(district.value, city.value), true);

    city.addEventListener('change', function () {
      fill(district, districtsFor(city.value), false);
      fill(village, groupsFor('', city.value), false);
    });
    district.addEventListener('change', function () {
      fill(village, groupsFor(district.value, city.value), false);
    });
  });
})();
