class ApiError(Exception):
    """An error whose status and message are safe to show the client."""

    def __init__(self, status_code: int, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status_code = status_code
        self.public_message = message
        self.headers = headers or {}


class StoreUnavailableError(ApiError):
    def __init__(self) -> None:
        super().__init__(503, "service temporarily unavailable", {"retry-after": "5"})
