"""The naive baseline: the Models view done in pandas, loading the whole table on every rerun."""

import os

import duckdb
import plotly.graph_objects as go
import streamlit as st

with duckdb.connect(os.environ["TOKENS_DB"], read_only=True) as con:
    df = con.execute("SELECT * FROM model_usage").df()  # every row, every rerun
df["period"] = df["date"].dt.to_period("W").dt.start_time
per = df.groupby(["period", "provider"], as_index=False)["tokens"].sum()
top = per.groupby("provider")["tokens"].sum().nlargest(10).index
per["name"] = per["provider"].where(per["provider"].isin(top), "all other")
series = per.groupby(["period", "name"], as_index=False)["tokens"].sum()
shares = df.groupby(["period", "provider_country"], as_index=False)["tokens"].sum()
st.title("Models (naive)")
fig = go.Figure([go.Scatter(x=g["period"], y=g["tokens"], name=n, stackgroup="one") for n, g in series.groupby("name")])
st.plotly_chart(fig, key="naive_models")
fig2 = go.Figure([go.Scatter(x=g["period"], y=g["tokens"], name=c, stackgroup="one", groupnorm="percent")
                  for c, g in shares.groupby("provider_country")])
st.plotly_chart(fig2, key="naive_share")
