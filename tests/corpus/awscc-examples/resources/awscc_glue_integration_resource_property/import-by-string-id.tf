import {
  to = awscc_glue_integration_resource_property.example
  id = "resource_arn|resource_property_arn"
}