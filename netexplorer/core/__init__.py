"""Plain-Python core: socket calls, typed results, flag tables, explanations (no Qt)."""
