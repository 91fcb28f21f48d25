package com.example.bookshop;

public record Tag(long id, String name, String slug) {}
