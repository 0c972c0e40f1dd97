import {
  to = awscc_lex_bot_alias.example
  id = "bot_alias_id|bot_id"
}