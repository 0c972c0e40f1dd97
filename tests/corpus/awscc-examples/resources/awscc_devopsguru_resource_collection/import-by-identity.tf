import {
  to = awscc_devopsguru_resource_collection.example
  identity = {
    resource_collection_type = "resource_collection_type"
  }
}
