import hashlib
import hmac
import re

_BEARER = re.compile(r"^Bearer\s+(\S{1,512})$", re.IGNORECASE)


class Authenticator:
    """Hashes the presented key and compares it with every configured digest in constant
    time; the identity is the matching principal, never a value the client chose."""

    def __init__(self, digests: list[tuple[str, bytes]]):
        self._digests = digests

    def principal(self, authorization: str | None, api_key: str | None) -> str | None:
        match = _BEARER.match(authorization or "")
        presented = match.group(1) if match else api_key
        if not presented or len(presented) > 512:
            return None
        digest = hashlib.sha256(presented.encode()).digest()
        found = None
        for principal, expected in self._digests:
            if hmac.compare_digest(digest, expected) and found is None:
                found = principal
        return found
