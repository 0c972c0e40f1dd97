import {
  to = awscc_chime_app_instance_bot.example
  identity = {
    app_instance_bot_arn = "app_instance_bot_arn"
  }
}
