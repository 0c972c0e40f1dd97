import {
  to = awscc_chime_app_instance_bot.example
  id = "app_instance_bot_arn"
}