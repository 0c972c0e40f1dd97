import {
  to = awscc_lex_bot_version.example
  identity = {
    bot_id      = "bot_id"
    bot_version = "bot_version"
  }
}
