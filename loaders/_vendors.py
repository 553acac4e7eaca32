"""Which company makes a model, and where it is based, from the names price lists use."""

from __future__ import annotations

# (vendor, country) by the prefixes and provider keys that LiteLLM and OpenRouter use.
VENDORS: dict[str, tuple[str, str]] = {
    "deepseek": ("DeepSeek", "CN"),
    "dashscope": ("Qwen (Alibaba)", "CN"),
    "qwen": ("Qwen (Alibaba)", "CN"),
    "qwencloud": ("Qwen (Alibaba)", "CN"),
    "qwen_ai_platform": ("Qwen (Alibaba)", "CN"),
    "alibaba": ("Qwen (Alibaba)", "CN"),
    "moonshot": ("Moonshot (Kimi)", "CN"),
    "moonshotai": ("Moonshot (Kimi)", "CN"),
    "zai": ("Zhipu (GLM)", "CN"),
    "z-ai": ("Zhipu (GLM)", "CN"),
    "zhipuai": ("Zhipu (GLM)", "CN"),
    "thudm": ("Zhipu (GLM)", "CN"),
    "minimax": ("MiniMax", "CN"),
    "volcengine": ("ByteDance (Doubao)", "CN"),
    "bytedance": ("ByteDance (Doubao)", "CN"),
    "bytedance-seed": ("ByteDance (Doubao)", "CN"),
    "tencent": ("Tencent", "CN"),
    "baidu": ("Baidu", "CN"),
    "xiaomi": ("Xiaomi", "CN"),
    "openai": ("OpenAI", "US"),
    "anthropic": ("Anthropic", "US"),
    "gemini": ("Google", "US"),
    "google": ("Google", "US"),
    "meta-llama": ("Meta", "US"),
    "x-ai": ("xAI", "US"),
    "xai": ("xAI", "US"),
    "mistralai": ("Mistral", "FR"),
}


def vendor_of(*keys: str) -> tuple[str, str] | None:
    """The first key that names a known vendor: a provider key, or the part before '/'."""
    for key in keys:
        if not key:
            continue
        key = key.lower()
        for candidate in (key, key.split("/", 1)[0]):
            if candidate in VENDORS:
                return VENDORS[candidate]
    return None
