import {
  to = awscc_odb_cloud_exadata_infrastructure.example
  identity = {
    cloud_exadata_infrastructure_arn = "cloud_exadata_infrastructure_arn"
  }
}
