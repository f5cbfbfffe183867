"""The one chart kit: every panel builds its charts from it, so all charts look alike,
follow the theme and carry a source caption.

* ``axes``    opaque grid behind the data, compact value ticks (linear and log), whole
              years, category names, the HHI scale
* ``legends`` in-plot legend, a legend row under the axis, a legend under a chart, swatches
* ``hover``   tooltip of the point nearest the mouse, with a guide line
* ``pens``    series pens (presentation mode, screen scale), one marker pen/brush a colour
* ``plot``    the themed PlotWidget, its theme restyle, the source caption, small helpers
* ``pool``    plot items reused between redraws
* ``large``   a series of many thousand points within a frame
* ``titles``  titles that wrap to the plot's width, notes that fit inside the view box

Numbers read the same everywhere through ``ree_desktop.numbers`` (no Qt, models use it).
Chart export (PNG, SVG, clipboard) lives in ``ui/export_chart.py`` and ``ui/export_svg.py``:
it renders whole panels with their titles and sources, not single plots.
"""

from ree_desktop.numbers import compact_number
from ree_desktop.ui.charts.axes import (
    CategoryAxis,
    CompactAxis,
    GridAxis,
    HundredAxis,
    YearAxis,
    opaque_pen,
)
from ree_desktop.ui.charts.hover import HoverTooltip
from ree_desktop.ui.charts.large import plot_large_series
from ree_desktop.ui.charts.legends import (
    ChartLegend,
    SeriesLegend,
    add_legend,
    below_legend,
    fit_name,
    fitting_columns,
    legend_entries,
    resolve,
    swatch,
)
from ree_desktop.ui.charts.pens import (
    dash_dot,
    line_scale,
    marker_brush,
    marker_pen,
    screen_scale,
    series_pen,
    set_line_scale,
)
from ree_desktop.ui.charts.plot import (
    SourceCaption,
    font_ratio,
    gapped,
    make_plot,
    restyle,
    set_y_range,
    settle_view,
    title_size,
)
from ree_desktop.ui.charts.pool import ItemPool
from ree_desktop.ui.charts.titles import ViewNote, fit_title, fit_titles, full_title

__all__ = [
    "CategoryAxis", "ChartLegend", "CompactAxis", "GridAxis", "HoverTooltip", "HundredAxis",
    "ItemPool", "SeriesLegend", "SourceCaption", "YearAxis", "add_legend", "below_legend",
    "fit_name", "fitting_columns",
    "compact_number", "dash_dot", "font_ratio", "gapped", "legend_entries", "line_scale",
    "make_plot", "marker_brush", "marker_pen", "opaque_pen", "plot_large_series", "resolve",
    "restyle", "screen_scale", "series_pen", "set_line_scale", "set_y_range", "settle_view",
    "swatch", "ViewNote", "title_size", "fit_title", "fit_titles", "full_title",
]
