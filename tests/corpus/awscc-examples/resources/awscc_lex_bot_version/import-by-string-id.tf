import {
  to = awscc_lex_bot_version.example
  id = "bot_id|bot_version"
}