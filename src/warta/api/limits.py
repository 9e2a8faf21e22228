"""The request-size limit: a body over `max_body` bytes is refused with 413, by its
Content-Length before it is read, or while it streams in when none is given."""
from __future__ import annotations

from fastapi import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyLimit:
    """ASGI middleware refusing bodies over `max_body` bytes (413)."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    @property
    def message(self) -> str:
        return f"request body over {self.max_body} bytes"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit():
            await JSONResponse({"detail": "bad Content-Length"}, 400)(scope, receive, send)
            return
        if int(length) > self.max_body:
            await JSONResponse({"detail": self.message}, 413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise HTTPException(413, self.message)  # answered by the app's exception handling
            return message

        await self.app(scope, counted, send)
