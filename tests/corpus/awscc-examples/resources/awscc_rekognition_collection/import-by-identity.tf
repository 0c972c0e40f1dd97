import {
  to = awscc_rekognition_collection.example
  identity = {
    collection_id = "collection_id"
  }
}
