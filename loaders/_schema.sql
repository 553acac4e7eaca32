-- The data contract: what the app, the exports and researchers read.
-- Documented column by column in docs/data-dictionary.md. Every fact row carries its
-- provenance: source, url, quote, published_on, accessed_on, confidence, preferred.

CREATE TABLE sources (
    source          VARCHAR PRIMARY KEY,  -- loader module name, or 'curated'
    kind            VARCHAR NOT NULL,     -- 'curated' | 'loader'
    description     VARCHAR NOT NULL,
    producer        VARCHAR NOT NULL,
    title           VARCHAR NOT NULL,
    url             VARCHAR NOT NULL,
    license         VARCHAR NOT NULL,
    citation        VARCHAR NOT NULL,
    secrets         VARCHAR,              -- env vars the source needs, comma-separated
    row_count       BIGINT NOT NULL,
    last_fetch_at   TIMESTAMP,            -- last fetch attempt
    last_ok_at      TIMESTAMP,            -- last fetch that gave usable data
    status          VARCHAR NOT NULL,     -- ok | failed: why | skipped: why | bundled
    snapshot        VARCHAR               -- data/raw path the rows were built from
);

CREATE TABLE fetches (
    fetch_id        VARCHAR PRIMARY KEY,  -- sha256 of the bytes (first 16 hex) or a time stamp for failures
    source          VARCHAR NOT NULL,
    fetched_at      TIMESTAMP NOT NULL,
    url             VARCHAR NOT NULL,
    http_status     INTEGER,
    bytes           BIGINT,
    sha256          VARCHAR,
    path            VARCHAR,              -- where the raw bytes are kept, relative to the project
    error           VARCHAR,
    note            VARCHAR
);

CREATE TABLE token_volumes (
    id                      VARCHAR PRIMARY KEY,
    fact_key                VARCHAR NOT NULL,  -- rows sharing it are reports of the same fact
    series                  VARCHAR NOT NULL,
    entity                  VARCHAR NOT NULL,
    country                 VARCHAR NOT NULL,
    metric                  VARCHAR NOT NULL,
    measure                 VARCHAR NOT NULL,  -- reported | estimate | forecast | peak
    value_published         VARCHAR NOT NULL,
    unit_published          VARCHAR NOT NULL,
    qualifier               VARCHAR NOT NULL,  -- exact | lower_bound | approximate | upper_bound
    value                   DOUBLE NOT NULL,   -- tokens per `period`
    period                  VARCHAR NOT NULL,
    period_days             DOUBLE NOT NULL,
    tokens_per_day          DOUBLE NOT NULL,
    tokens_per_day_formula  VARCHAR NOT NULL,
    tokens_per_day_derived  BOOLEAN NOT NULL,
    as_of_start             DATE NOT NULL,
    as_of_end               DATE NOT NULL,
    as_of_precision         VARCHAR NOT NULL,
    as_of_label             VARCHAR NOT NULL,
    as_of_date              DATE NOT NULL,     -- midpoint, where the chart draws it
    source                  VARCHAR NOT NULL,
    url                     VARCHAR NOT NULL,
    quote                   VARCHAR NOT NULL,
    quote_lang              VARCHAR NOT NULL,
    quote_en                VARCHAR,
    published_on            DATE,
    published_precision     VARCHAR,
    accessed_on             DATE NOT NULL,
    confidence              VARCHAR NOT NULL,
    preferred               BOOLEAN NOT NULL,
    preferred_reason        VARCHAR,
    stated_by               VARCHAR,
    producer                VARCHAR NOT NULL,
    outlet                  VARCHAR NOT NULL,
    note                    VARCHAR
);

CREATE TABLE token_plans (
    id                          VARCHAR PRIMARY KEY,
    fact_key                    VARCHAR NOT NULL,
    provider                    VARCHAR NOT NULL,
    country                     VARCHAR NOT NULL,
    plan                        VARCHAR NOT NULL,
    tier                        VARCHAR NOT NULL,
    plan_type                   VARCHAR NOT NULL,  -- token_plan | coding_plan | api_price | subscription
    price                       DOUBLE NOT NULL,   -- in `currency`
    intro_price                 DOUBLE,
    currency                    VARCHAR NOT NULL,
    price_published             VARCHAR NOT NULL,
    billing                     VARCHAR NOT NULL,
    quota_unit                  VARCHAR NOT NULL,  -- tokens | requests | plan
    tokens_published            VARCHAR,
    tokens_included             DOUBLE,            -- only when quota_unit = 'tokens'
    tokens_qualifier            VARCHAR,
    requests_included           DOUBLE,            -- only when quota_unit = 'requests'
    quota_window                VARCHAR,
    price_cny                   DOUBLE NOT NULL,
    price_usd                   DOUBLE NOT NULL,
    price_per_million           DOUBLE,            -- derived, in `currency`
    price_per_million_cny       DOUBLE,
    price_per_million_usd       DOUBLE,
    price_per_million_formula   VARCHAR,
    fx_cny_per_usd              DOUBLE NOT NULL,   -- the ECB cross rate used
    fx_date                     DATE NOT NULL,     -- the date of that rate
    as_of_start                 DATE NOT NULL,
    as_of_end                   DATE NOT NULL,
    as_of_precision             VARCHAR NOT NULL,
    as_of_label                 VARCHAR NOT NULL,
    as_of_date                  DATE NOT NULL,
    source                      VARCHAR NOT NULL,
    url                         VARCHAR NOT NULL,
    quote                       VARCHAR NOT NULL,
    quote_lang                  VARCHAR NOT NULL,
    quote_en                    VARCHAR,
    published_on                DATE,
    published_precision         VARCHAR,
    accessed_on                 DATE NOT NULL,
    confidence                  VARCHAR NOT NULL,
    preferred                   BOOLEAN NOT NULL,
    preferred_reason            VARCHAR,
    stated_by                   VARCHAR,
    producer                    VARCHAR NOT NULL,
    outlet                      VARCHAR NOT NULL,
    note                        VARCHAR
);

CREATE TABLE events (
    id                  VARCHAR PRIMARY KEY,
    kind                VARCHAR NOT NULL,  -- investment | policy | export | product | corporate | statistic_release
    actor               VARCHAR NOT NULL,
    title               VARCHAR NOT NULL,
    related_fact        VARCHAR,
    date_start          DATE NOT NULL,
    date_end            DATE NOT NULL,
    date_precision      VARCHAR NOT NULL,
    date_label          VARCHAR NOT NULL,
    date_date           DATE NOT NULL,
    amount_published    VARCHAR,
    amount              DOUBLE,
    amount_qualifier    VARCHAR,
    currency            VARCHAR,
    horizon_years       DOUBLE,
    span_start          DATE,              -- multi-year commitments: the period they cover
    span_end            DATE,
    amount_cny          DOUBLE,
    amount_usd          DOUBLE,
    fx_cny_per_usd      DOUBLE,
    fx_date             DATE,
    source              VARCHAR NOT NULL,
    url                 VARCHAR NOT NULL,
    quote               VARCHAR NOT NULL,
    quote_lang          VARCHAR NOT NULL,
    quote_en            VARCHAR,
    published_on        DATE,
    published_precision VARCHAR,
    accessed_on         DATE NOT NULL,
    confidence          VARCHAR NOT NULL,
    preferred           BOOLEAN NOT NULL,
    preferred_reason    VARCHAR,
    stated_by           VARCHAR,
    producer            VARCHAR NOT NULL,
    outlet              VARCHAR NOT NULL,
    note                VARCHAR
);

CREATE TABLE fx_rates (
    id                  VARCHAR PRIMARY KEY,
    date                DATE NOT NULL,
    date_precision      VARCHAR NOT NULL,
    cny_per_usd         DOUBLE NOT NULL,
    rate_type           VARCHAR NOT NULL,  -- ecb_reference_cross | pboc_central_parity | ...
    derived             BOOLEAN NOT NULL,
    formula             VARCHAR,
    fetch_id            VARCHAR,
    source              VARCHAR NOT NULL,
    url                 VARCHAR NOT NULL,
    quote               VARCHAR NOT NULL,
    quote_lang          VARCHAR NOT NULL,
    quote_en            VARCHAR,
    published_on        DATE,
    published_precision VARCHAR,
    accessed_on         DATE NOT NULL,
    confidence          VARCHAR NOT NULL,
    preferred           BOOLEAN NOT NULL,
    preferred_reason    VARCHAR,
    stated_by           VARCHAR,
    producer            VARCHAR NOT NULL,
    outlet              VARCHAR NOT NULL,
    note                VARCHAR
);

CREATE TABLE population (
    id                  VARCHAR PRIMARY KEY,
    country             VARCHAR NOT NULL,      -- ISO3, e.g. CHN
    year                INTEGER NOT NULL,
    value               DOUBLE NOT NULL,       -- people
    indicator           VARCHAR NOT NULL,      -- SP.POP.TOTL
    fetch_id            VARCHAR,
    source              VARCHAR NOT NULL,
    url                 VARCHAR NOT NULL,
    quote               VARCHAR NOT NULL,      -- the raw values the row was read from
    quote_lang          VARCHAR NOT NULL,
    quote_en            VARCHAR,
    published_on        DATE,
    published_precision VARCHAR,
    accessed_on         DATE NOT NULL,
    confidence          VARCHAR NOT NULL,
    preferred           BOOLEAN NOT NULL,
    preferred_reason    VARCHAR,
    stated_by           VARCHAR,
    producer            VARCHAR NOT NULL,
    outlet              VARCHAR NOT NULL,
    note                VARCHAR
);

CREATE TABLE api_prices (
    id                          VARCHAR PRIMARY KEY,   -- model@observed_on
    model                       VARCHAR NOT NULL,
    vendor                      VARCHAR NOT NULL,      -- DeepSeek, Qwen, Moonshot, Zhipu, MiniMax, ByteDance, OpenAI, Anthropic, Google, ...
    vendor_country              VARCHAR,               -- CN | US
    listed_by                   VARCHAR NOT NULL,      -- the provider key in the price list (e.g. dashscope, openrouter)
    input_usd_per_million       DOUBLE,
    output_usd_per_million      DOUBLE,
    observed_on                 DATE NOT NULL,         -- the day the price list was fetched
    fetch_id            VARCHAR,
    source              VARCHAR NOT NULL,
    url                 VARCHAR NOT NULL,
    quote               VARCHAR NOT NULL,      -- the raw values the row was read from
    quote_lang          VARCHAR NOT NULL,
    quote_en            VARCHAR,
    published_on        DATE,
    published_precision VARCHAR,
    accessed_on         DATE NOT NULL,
    confidence          VARCHAR NOT NULL,
    preferred           BOOLEAN NOT NULL,
    preferred_reason    VARCHAR,
    stated_by           VARCHAR,
    producer            VARCHAR NOT NULL,
    outlet              VARCHAR NOT NULL,
    note                VARCHAR
);

CREATE TABLE model_usage (
    -- Large (millions of rows): provenance by reference. source and fetch_id lead to the
    -- sources and fetches tables, which hold the URL, producer, licence and citation.
    id                  VARCHAR,               -- date:model; null for bulk-loaded rows
    date                DATE NOT NULL,
    model               VARCHAR NOT NULL,
    provider            VARCHAR NOT NULL,
    provider_country    VARCHAR,
    tokens              DOUBLE NOT NULL,
    synthetic           BOOLEAN NOT NULL DEFAULT false,  -- benchmark rows; never shown as real
    source              VARCHAR NOT NULL,
    fetch_id            VARCHAR,
    observed_on         DATE,                  -- the day of the fetch that reported the row
    quote               VARCHAR,               -- the raw row, for rows loaded one by one
    note                VARCHAR                -- e.g. the dataset's required citation line
);

CREATE TABLE quote_checks (
    id                  VARCHAR PRIMARY KEY,   -- the curated row id
    checked_url         VARCHAR NOT NULL,
    status              VARCHAR NOT NULL,      -- verified | quote missing | link rot | unreachable
    http_status         INTEGER,
    detail              VARCHAR,
    observed_on         DATE NOT NULL,         -- the day of the check
    fetch_id            VARCHAR,
    source              VARCHAR NOT NULL,
    url                 VARCHAR NOT NULL,
    quote               VARCHAR NOT NULL,      -- the raw values the row was read from
    quote_lang          VARCHAR NOT NULL,
    quote_en            VARCHAR,
    published_on        DATE,
    published_precision VARCHAR,
    accessed_on         DATE NOT NULL,
    confidence          VARCHAR NOT NULL,
    preferred           BOOLEAN NOT NULL,
    preferred_reason    VARCHAR,
    stated_by           VARCHAR,
    producer            VARCHAR NOT NULL,
    outlet              VARCHAR NOT NULL,
    note                VARCHAR
);

CREATE TABLE build_info (
    built_at        TIMESTAMP NOT NULL,
    data_as_of      DATE,                  -- newest as-of or publication date in the facts
    sources_ok      INTEGER NOT NULL,
    sources_failed  INTEGER NOT NULL
);

-- Shared views: what more than one page reads.

-- Model-level usage the app may present as real: synthetic benchmark rows never are.
CREATE VIEW real_model_usage AS
SELECT * FROM model_usage WHERE NOT synthetic;

-- The preferred report of each token-volume fact, drawn as the headline series.
CREATE VIEW preferred_volumes AS
SELECT * FROM token_volumes WHERE preferred;
