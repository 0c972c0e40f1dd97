import {
  to = awscc_devopsguru_resource_collection.example
  id = "resource_collection_type"
}