"""Slack's own command: `rolecall slack --socket`, the app over Socket Mode."""

from adapters import cli


def add_commands(sub) -> None:
    slack = sub.add_parser("slack", help="run the Slack app over Socket Mode")
    slack.add_argument("--socket", action="store_true", required=True, help="use Socket Mode (needs SLACK_APP_TOKEN)")
    cli.add_log_format_option(slack)
    slack.set_defaults(run=_socket_mode)


def _socket_mode(args) -> int:
    import asyncio

    from adapters.admin import AdminCommands
    from adapters.slack.socket import run_socket_mode

    settings = cli.process_settings(args, socket_mode=True)
    cli.configure_process_logging(args, settings)
    if settings.slack is None or not settings.slack.app_token:
        raise cli.Fail("Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN (an xapp- token with connections:write)")
    assistant = cli.serving_assistant(settings, upgrade=True)  # starts, like serve, with the database away
    # run_socket_mode stores what is pending before it returns
    asyncio.run(run_socket_mode(settings.slack, assistant, AdminCommands.from_settings(settings),
                                rate_limit=settings.rate_limit))
    return cli.EXIT_OK
