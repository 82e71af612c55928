"""The getaddrinfo view's comparisons: the grid of variants and the changes between answers."""
