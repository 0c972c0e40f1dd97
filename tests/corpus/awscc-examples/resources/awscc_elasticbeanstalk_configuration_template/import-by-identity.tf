import {
  to = awscc_elasticbeanstalk_configuration_template.example
  identity = {
    application_name = "application_name"
    template_name    = "template_name"
  }
}
