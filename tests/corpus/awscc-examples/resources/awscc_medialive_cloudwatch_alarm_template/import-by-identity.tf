import {
  to = awscc_medialive_cloudwatch_alarm_template.example
  identity = {
    identifier = "identifier"
  }
}
