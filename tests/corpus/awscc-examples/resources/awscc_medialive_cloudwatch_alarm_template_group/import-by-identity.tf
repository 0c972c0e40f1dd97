import {
  to = awscc_medialive_cloudwatch_alarm_template_group.example
  identity = {
    identifier = "identifier"
  }
}
