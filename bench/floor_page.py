"""The floor: a minimal Streamlit page with one plotly chart of 1,000 points."""

import numpy as np
import plotly.graph_objects as go
import streamlit as st

x = np.arange(1000)
st.title("Floor")
st.plotly_chart(go.Figure(go.Scatter(x=x, y=np.sin(x / 50.0))), key="floor")
