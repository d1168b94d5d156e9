"""RoleCall in Slack: the slash command, channel mentions, direct messages
and button presses, on slack-bolt. `install` adds `POST /slack/events`;
`socket.run_socket_mode` serves the same app over Socket Mode. Bolt is
imported only by `install`, so that reading the settings stays quick.
"""


def install(app, settings, runtime) -> None:
    from adapters.slack.endpoint import install

    install(app, settings, runtime)
