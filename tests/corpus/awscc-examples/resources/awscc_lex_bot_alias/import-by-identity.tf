import {
  to = awscc_lex_bot_alias.example
  identity = {
    bot_alias_id = "bot_alias_id"
    bot_id       = "bot_id"
  }
}
