"""One coded line instead of a traceback: the wrapper every `warta` command runs in."""
from __future__ import annotations

import functools
import sys
from typing import Any, Callable, TypeVar

import typer

from warta.errors import WartaError

F = TypeVar("F", bound=Callable[..., Any])
DEBUG = {"on": False}  # set by `warta --debug`


def coded(command: F) -> F:
    """Run a command so that any failure is one coded line on stderr and exit status 1."""
    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.BadParameter, KeyboardInterrupt):
            raise   # usage errors keep click's message and exit status 2
        except Exception as exc:
            if DEBUG["on"]:
                raise
            error = exc if isinstance(exc, WartaError) else WartaError(
                "E099", f"{type(exc).__name__}: {exc} (run 'warta --debug ...' for the traceback)")
            print(f"warta: {error}", file=sys.stderr)
            raise typer.Exit(1) from None
    return run  # type: ignore[return-value]
