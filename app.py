"""Token Atlas: national AI token-usage statistics, with their sources.

The frame: page config, navigation, and the "data as of" footer. Pages live in
app_pages/; each reads data/tokens.duckdb read-only.
"""

import streamlit as st

from app_pages import _common

st.set_page_config(page_title="Token Atlas", page_icon="🪙", layout="wide")

pages = [
    st.Page("app_pages/growth.py", title="Growth", url_path="growth", default=True),
    st.Page("app_pages/pricing.py", title="Plan pricing", url_path="pricing"),
    st.Page("app_pages/timeline.py", title="Export & investment timeline", url_path="timeline"),
    st.Page("app_pages/sources.py", title="Sources & data", url_path="sources"),
]
page = st.navigation(pages)
st.sidebar.caption("Token Atlas charts published AI token-usage figures. Every number links to "
                   "the sentence it came from.")
_common.require_database()
page.run()
_common.footer()
