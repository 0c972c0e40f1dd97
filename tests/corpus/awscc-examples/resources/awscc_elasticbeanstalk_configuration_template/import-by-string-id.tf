import {
  to = awscc_elasticbeanstalk_configuration_template.example
  id = "application_name|template_name"
}