import {
  to = awscc_lex_bot.example
  id = "id"
}