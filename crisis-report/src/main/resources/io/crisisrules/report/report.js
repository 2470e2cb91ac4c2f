/* Draws the charts of a crisis-rules report with Apache ECharts, from the JSON in #report-data (and
 * #report-series for a replay). The SVG renderer keeps every mark in the DOM, where tests and
 * screen readers find it. When every chart has drawn, <html> gets data-charts (how many) and
 * data-render-ms (milliseconds since navigation started). */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var seriesElement = document.getElementById('report-series');
  var options = {renderer: 'svg', locale: data.locale === 'fr' ? 'FR' : 'EN'};
  var charts = [];
  var COLORS = {mentions: '#1f4e79', baseline: '#5b8f29', band: 'rgba(91,143,41,0.18)', threshold: '#c0392b',
    pending: 'rgba(243,156,18,0.22)', firing: 'rgba(192,57,43,0.22)', incident: '#6c3483',
    open: '#2e86c1', overdue: '#c0392b', escalated: '#e67e22', done: '#27ae60', doneLate: '#7dcea0'};

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  // ECharts may draw synchronously inside setOption, so every chart is counted before the first draws
  var planned = [];
  function draw(id, option) {
    var element = document.getElementById(id);
    if (element) {
      planned.push({element: element, option: option});
    }
  }

  function drawAll() {
    var drawn = 0;
    planned.forEach(function (plan) {
      var chart = echarts.init(plan.element, null, options);
      var finished = false;
      chart.on('finished', function () {
        if (finished) {
          return;
        }
        finished = true;
        plan.element.setAttribute('data-drawn', 'true');
        if (++drawn === planned.length) {
          document.documentElement.setAttribute('data-charts', String(drawn));
          document.documentElement.setAttribute('data-render-ms', String(Math.round(performance.now())));
        }
      });
      charts.push(chart);
      chart.setOption(plan.option);
    });
    if (planned.length === 0) {
      document.documentElement.setAttribute('data-charts', '0');
      document.documentElement.setAttribute('data-render-ms', String(Math.round(performance.now())));
    }
  }

  function volumeOption(volume, series) {
    // one dataset of columns shared by every line: ECharts stores and filters it once, not per series
    var n = series.counts.length;
    var time = new Float64Array(n), low = new Array(n), band = new Array(n);
    var t = series.start * 1000;
    for (var i = 0; i < n; i++) {
      t += series.gaps[i] * 1000;
      time[i] = t;
      var b = series.baselines[i], spread = series.spreads[i];
      if (b === null) {
        low[i] = band[i] = '-';
      } else {
        var bottom = Math.max(0, b - spread);
        low[i] = bottom;
        band[i] = b + spread - bottom;
      }
    }
    var missing = function (values) {
      return values.map(function (v) { return v === null ? '-' : v; });
    };
    var dataset = {dimensions: ['time', 'mentions', 'baseline', 'threshold', 'low', 'band'],
      source: {time: time, mentions: series.counts, baseline: missing(series.baselines),
        threshold: missing(series.thresholds), low: low, band: band}};
    var texts = volume.texts;
    var states = volume.states.map(function (state) {
      return [{name: state.label, xAxis: state.from, itemStyle: {color: COLORS[state.state]}}, {xAxis: state.to}];
    });
    var incidents = volume.incidents.map(function (change) {
      return {xAxis: change.at, name: change.label, label: {formatter: change.label}};
    });
    var line = {type: 'line', showSymbol: false, animation: false};
    function extend(base, extra) {
      var result = {};
      Object.keys(base).forEach(function (k) { result[k] = base[k]; });
      Object.keys(extra).forEach(function (k) { result[k] = extra[k]; });
      return result;
    }
    return {
      useUTC: true,
      animation: false,
      color: [COLORS.mentions, COLORS.baseline, COLORS.band, COLORS.threshold],
      tooltip: {trigger: 'axis'},
      legend: {top: 0, data: [texts.mentions, texts.baseline, texts.band, texts.threshold]},
      grid: {left: 60, right: 30, top: 40, bottom: 80},
      xAxis: {type: 'time'},
      yAxis: {type: 'value', name: texts.axis},
      dataZoom: [{type: 'inside', filterMode: 'filter'}, {type: 'slider', filterMode: 'filter', bottom: 20}],
      dataset: dataset,
      series: [
        extend(line, {name: texts.band + ' ', encode: {x: 'time', y: 'low'}, stack: 'band', sampling: 'average', lineStyle: {opacity: 0},
          tooltip: {show: false}, silent: true, legendHoverLink: false}),
        extend(line, {name: texts.band, encode: {x: 'time', y: 'band'}, stack: 'band', sampling: 'average', lineStyle: {opacity: 0},
          areaStyle: {color: COLORS.band}, itemStyle: {color: COLORS.band}, tooltip: {show: false}}),
        extend(line, {name: texts.baseline, encode: {x: 'time', y: 'baseline'}, sampling: 'average', itemStyle: {color: COLORS.baseline},
          lineStyle: {width: 1.5}}),
        extend(line, {name: texts.threshold, encode: {x: 'time', y: 'threshold'}, sampling: 'average', itemStyle: {color: COLORS.threshold},
          lineStyle: {width: 1, type: 'dashed'}}),
        extend(line, {name: texts.mentions, encode: {x: 'time', y: 'mentions'}, sampling: 'max', itemStyle: {color: COLORS.mentions},
          lineStyle: {width: 1.2},
          markArea: {silent: true, label: {show: false}, data: states},
          markLine: {symbol: ['none', 'none'], silent: true, lineStyle: {color: COLORS.incident, type: 'solid', width: 1.5},
            label: {position: 'insideEndTop', fontSize: 10, color: COLORS.incident}, data: incidents}})
      ]
    };
  }

  function planOption(plan) {
    var texts = plan.texts;
    var statuses = Object.keys(plan.statuses);
    var markers = [{xAxis: plan.now, name: texts.now, label: {formatter: texts.now, position: 'start'},
      lineStyle: {color: '#555'}}];
    if (plan.firstResponse !== null) {
      markers.push({xAxis: plan.firstResponse, name: texts.firstResponse,
        label: {formatter: texts.firstResponse, position: 'end', color: COLORS.overdue},
        lineStyle: {color: COLORS.overdue, type: 'dashed'}});
    }
    var series = statuses.map(function (status, index) {
      var s = {
        type: 'scatter', name: plan.statuses[status], symbolSize: 16, itemStyle: {color: COLORS[status]},
        symbol: status === 'done' || status === 'doneLate' ? 'circle' : status === 'open' ? 'roundRect' : 'diamond',
        data: plan.actions.filter(function (a) { return a.status === status; }).map(function (a) {
          return {value: [a.due, a.lane], action: a};
        })
      };
      if (index === 0) {
        s.markLine = {symbol: ['none', 'none'], silent: true, data: markers};
      }
      return s;
    });
    var times = plan.actions.map(function (a) { return a.due; }).concat([plan.now]);
    var span = Math.max.apply(null, times) - Math.min.apply(null, times);
    var margin = Math.max(span * 0.06, 30 * 60 * 1000);
    var first = Math.min.apply(null, times);
    var shown = Math.min(Math.max.apply(null, times) + margin, first + 2 * 24 * 3600 * 1000);
    return {
      useUTC: true,
      animation: false,
      legend: {top: 0},
      tooltip: {
        trigger: 'item', confine: true, extraCssText: 'max-width:420px;white-space:normal',
        formatter: function (p) {
          var a = p.data.action;
          if (!a) {
            return '';
          }
          function list(title, items) {
            return items.length === 0 ? '' : '<b>' + escapeHtml(title) + '</b><ul style="margin:0;padding-left:18px">' +
              items.map(function (i) { return '<li>' + escapeHtml(i) + '</li>'; }).join('') + '</ul>';
          }
          return '<b>' + escapeHtml(a.title) + '</b><br>' + escapeHtml(texts.due) + ': ' + escapeHtml(a.time) +
            ' · ' + escapeHtml(plan.statuses[a.status]) + '<br>' + escapeHtml(texts.owner) + ': ' + escapeHtml(a.owner) +
            ' · ' + escapeHtml(texts.channel) + ': ' + escapeHtml(a.channel) + '<br>' + list(texts.do, a.dos) +
            list(texts.dont, a.donts) + escapeHtml(texts.policies) + ': ' + escapeHtml(a.policies.join(', '));
        }
      },
      grid: {left: 150, right: 40, top: 56, bottom: 80},
      xAxis: {type: 'time', min: Math.min.apply(null, times) - margin, max: Math.max.apply(null, times) + margin},
      yAxis: {type: 'category', data: plan.lanes, inverse: true, splitLine: {show: true}},
      // a plan runs for weeks but its first hours are the crowded ones: open on the first two days
      dataZoom: [{type: 'inside', xAxisIndex: 0, filterMode: 'none', startValue: first - margin, endValue: shown},
        {type: 'slider', xAxisIndex: 0, filterMode: 'none', bottom: 15, startValue: first - margin, endValue: shown}],
      series: series
    };
  }

  function signalsOption(signals) {
    return {
      animation: false,
      grid: {left: 260, right: 60, top: 20, bottom: 40},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      xAxis: {type: 'value', name: signals.axis + ' (%)', nameLocation: 'middle', nameGap: 25},
      yAxis: {type: 'category', inverse: true, data: signals.bars.map(function (b) { return b.label; })},
      series: [{type: 'bar', name: signals.axis, itemStyle: {color: '#c0392b'},
        label: {show: true, position: 'right', formatter: function (p) { return (p.value > 0 ? '+' : '') + p.value + ' %'; }},
        data: signals.bars.map(function (b) { return b.change; })}]
    };
  }

  function moderationOption(moderation) {
    var texts = moderation.texts;
    return {
      animation: false,
      legend: {top: 0},
      grid: {left: 220, right: 40, top: 40, bottom: 40},
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      xAxis: {type: 'value', name: texts.axis, nameLocation: 'middle', nameGap: 25, minInterval: 1},
      yAxis: {type: 'category', inverse: true, data: moderation.actions},
      series: [
        {type: 'bar', stack: 'decisions', name: texts.final, itemStyle: {color: '#1f4e79'}, data: moderation.final,
          label: {show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; }}},
        {type: 'bar', stack: 'decisions', name: texts.provisional, itemStyle: {color: '#f39c12'}, data: moderation.provisional,
          label: {show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; }}}
      ]
    };
  }

  if (data.volume) {
    draw('volume-chart', volumeOption(data.volume, JSON.parse(seriesElement.textContent)));
  }
  if (data.signals) {
    draw('signals-chart', signalsOption(data.signals));
  }
  if (data.plan) {
    draw('plan-chart', planOption(data.plan));
  }
  if (data.moderation) {
    draw('moderation-chart', moderationOption(data.moderation));
  }
  drawAll();
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
