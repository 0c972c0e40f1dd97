import {
  to = awscc_lex_bot.example
  identity = {
    id = "id"
  }
}
