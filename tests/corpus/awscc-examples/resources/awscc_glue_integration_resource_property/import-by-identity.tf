import {
  to = awscc_glue_integration_resource_property.example
  identity = {
    resource_arn          = "resource_arn"
    resource_property_arn = "resource_property_arn"
  }
}
