"""RoleCall in Slack: the slash command, channel mentions, direct messages
and button presses, on slack-bolt.

The adapter converts and sends; the answers come from `bot`. `install` adds
`POST /slack/events` to the shared web application; `socket.run_socket_mode`
serves the same app over Socket Mode for workspaces without a public URL.
"""

from adapters.slack.endpoint import install

__all__ = ["install"]
